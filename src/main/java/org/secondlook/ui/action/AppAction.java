package org.secondlook.ui.action;

import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The one action table: every user action with its text key, icon and default key. Menus, the
 * toolbar and the shortcut overlay are all built from it.
 */
public enum AppAction {
    IMPORT_BATCH("action.import", MaterialDesignD.DATABASE_IMPORT, "Shortcut+I", Group.FILE),
    EXPORT_WORKBOOK("action.export", MaterialDesignD.DATABASE_EXPORT, "Shortcut+Shift+E", Group.FILE),
    LOG_OUT("action.logout", MaterialDesignL.LOGOUT, null, Group.FILE),
    QUIT("action.quit", MaterialDesignE.EXIT_TO_APP, "Shortcut+Q", Group.FILE),

    FOCUS_SEARCH("action.focusSearch", MaterialDesignM.MAGNIFY, "Shortcut+F", Group.QUEUE),
    FOCUS_QUEUE("action.focusQueue", MaterialDesignF.FORMAT_LIST_BULLETED, "Shortcut+L", Group.QUEUE),
    CLEAR_FILTERS("action.clearFilters", MaterialDesignF.FILTER_REMOVE, "Shortcut+Shift+F", Group.QUEUE),
    REFRESH("action.refresh", MaterialDesignR.REFRESH, "F5", Group.QUEUE),
    NEXT_CASE("action.nextCase", MaterialDesignC.CHEVRON_DOWN, "Alt+Down", Group.QUEUE),
    PREVIOUS_CASE("action.previousCase", MaterialDesignC.CHEVRON_UP, "Alt+Up", Group.QUEUE),

    NEXT_FINDING("action.nextFinding", MaterialDesignA.ARROW_DOWN_BOLD, "F3", Group.CASE),
    PREVIOUS_FINDING("action.previousFinding", MaterialDesignA.ARROW_UP_BOLD, "Shift+F3", Group.CASE),

    TRACK_LEO("action.trackLeo", MaterialDesignP.POLICE_BADGE, "Shortcut+1", Group.DECISION),
    TRACK_ACADEMY("action.trackAcademy", MaterialDesignS.SCHOOL, "Shortcut+2", Group.DECISION),
    PICK_REASON("action.pickReason", MaterialDesignF.FORMAT_LIST_CHECKS, "Shortcut+R", Group.DECISION),
    EDIT_NOTE("action.editNote", MaterialDesignM.MESSAGE_TEXT, "Shortcut+E", Group.DECISION),
    SAVE_AND_NEXT("action.saveAndNext", MaterialDesignC.CONTENT_SAVE_MOVE, "Shortcut+Enter", Group.DECISION),
    REFER("action.refer", MaterialDesignA.ACCOUNT_SUPERVISOR, "Shortcut+Shift+R", Group.DECISION),
    UNDO_DECISION("action.undoDecision", MaterialDesignU.UNDO, "Shortcut+Shift+Z", Group.DECISION),

    TEXT_BIGGER("action.textBigger", MaterialDesignF.FORMAT_FONT_SIZE_INCREASE, "Shortcut+Plus", Group.VIEW),
    TEXT_SMALLER("action.textSmaller", MaterialDesignF.FORMAT_FONT_SIZE_DECREASE, "Shortcut+Minus", Group.VIEW),
    TEXT_RESET("action.textReset", MaterialDesignF.FORMAT_SIZE, "Shortcut+0", Group.VIEW),
    THEME_LIGHT("action.themeLight", MaterialDesignW.WEATHER_SUNNY, null, Group.VIEW),
    THEME_DARK("action.themeDark", MaterialDesignW.WEATHER_NIGHT, null, Group.VIEW),
    THEME_HIGH_CONTRAST("action.themeHighContrast", MaterialDesignC.CONTRAST_CIRCLE, null, Group.VIEW),
    BLIND_FIRST("action.blindFirst", MaterialDesignE.EYE_OFF, null, Group.VIEW),
    SHORTCUTS("action.shortcuts", MaterialDesignK.KEYBOARD, "F1", Group.VIEW),

    SIGNOFF_APPROVE("action.signoffApprove", MaterialDesignC.CHECK_DECAGRAM, "Shortcut+Enter", Group.SIGN_OFF),
    SIGNOFF_RETURN("action.signoffReturn", MaterialDesignK.KEYBOARD_RETURN, "Shortcut+Shift+R", Group.SIGN_OFF),
    SIGNOFF_MARK("action.signoffMark", MaterialDesignC.CHECKBOX_MARKED_OUTLINE, "Space", Group.SIGN_OFF),
    SIGNOFF_APPROVE_MARKED("action.signoffApproveMarked", MaterialDesignC.CHECK_ALL, "Shortcut+Shift+A", Group.SIGN_OFF),
    SIGNOFF_CONFIRM("action.signoffConfirm", MaterialDesignC.CHECK, "Enter", Group.SIGN_OFF),
    SIGNOFF_CANCEL("action.signoffCancel", MaterialDesignC.CLOSE, "Esc", Group.SIGN_OFF),
    SIGNOFF_REFRESH("action.refresh", MaterialDesignR.REFRESH, "F5", Group.SIGN_OFF),

    CONFLICTS_REFRESH("action.refresh", MaterialDesignR.REFRESH, "F5", Group.CONFLICTS),

    AUDIT_FILTER("action.auditFilter", MaterialDesignF.FILTER, "Enter", Group.AUDIT),

    TRAINING_REFRESH("action.refresh", MaterialDesignR.REFRESH, "F5", Group.TRAINING),
    TRAINING_IMPORT("action.trainingImport", MaterialDesignD.DATABASE_IMPORT, "Shortcut+Shift+I", Group.TRAINING),
    TRAINING_ATTACH("action.trainingAttach", MaterialDesignP.PAPERCLIP, "Shortcut+Shift+A", Group.TRAINING),
    TRAINING_VERIFY("action.trainingVerify", MaterialDesignC.CHECK_DECAGRAM, "Shortcut+Enter", Group.TRAINING),

    QA_REVIEW_LEO("action.trackLeo", MaterialDesignP.POLICE_BADGE, "Shortcut+1", Group.SECOND_REVIEW),
    QA_REVIEW_ACADEMY("action.trackAcademy", MaterialDesignS.SCHOOL, "Shortcut+2", Group.SECOND_REVIEW),
    QA_REVIEW_REASON("action.pickReason", MaterialDesignF.FORMAT_LIST_CHECKS, "Shortcut+R", Group.SECOND_REVIEW),
    QA_ANSWER("action.qaAnswer", MaterialDesignC.CONTENT_SAVE_MOVE, "Shortcut+Enter", Group.SECOND_REVIEW),
    QA_REVIEW_REFRESH("action.refresh", MaterialDesignR.REFRESH, "F5", Group.SECOND_REVIEW),

    QA_SETTLE_LEO("action.trackLeo", MaterialDesignP.POLICE_BADGE, "Shortcut+1", Group.QA_SETTLE),
    QA_SETTLE_ACADEMY("action.trackAcademy", MaterialDesignS.SCHOOL, "Shortcut+2", Group.QA_SETTLE),
    QA_SETTLE_REASON("action.pickReason", MaterialDesignF.FORMAT_LIST_CHECKS, "Shortcut+R", Group.QA_SETTLE),
    QA_SETTLE_COMMENT("action.editComment", MaterialDesignM.MESSAGE_TEXT, "Shortcut+E", Group.QA_SETTLE),
    QA_SETTLE("action.qaSettle", MaterialDesignC.CHECK_DECAGRAM, "Shortcut+Enter", Group.QA_SETTLE),
    QA_SETTLE_REFRESH("action.refresh", MaterialDesignR.REFRESH, "F5", Group.QA_SETTLE);

    /**
     * Menu (or, for the screens beside the review screen, overlay section) a group of actions lives in.
     * The review screen's menus are FILE to VIEW; SIGN_OFF, CONFLICTS, AUDIT, TRAINING, SECOND_REVIEW and
     * QA_SETTLE are the keys of those tabs.
     */
    public enum Group { FILE, QUEUE, CASE, DECISION, VIEW, SIGN_OFF, CONFLICTS, AUDIT, TRAINING, SECOND_REVIEW, QA_SETTLE }

    /**
     * Where an action's key works: FILE and VIEW everywhere, QUEUE, CASE and DECISION on the review screen,
     * the others on their own tab. A key may be used once per screen (counting the everywhere keys).
     */
    public String screen() {
        return switch (group) {
            case FILE, VIEW -> "everywhere";
            case QUEUE, CASE, DECISION -> "review";
            default -> group.name();
        };
    }

    /** Whether this action's key is pressed in {@code e}. */
    public boolean matches(javafx.scene.input.KeyEvent e) {
        return keyCombination().map(k -> k.match(e)).orElse(false);
    }

    /** The key that opens the shortcut overlay besides {@code F1}, typed anywhere but in a text field. */
    public static final String OVERLAY_CHARACTER = "?";

    private final String textKey;
    private final Ikon icon;
    private final String keys;
    private final Group group;

    AppAction(String textKey, Ikon icon, String keys, Group group) {
        this.textKey = textKey;
        this.icon = icon;
        this.keys = keys;
        this.group = group;
    }

    public String textKey() {
        return textKey;
    }

    public Ikon icon() {
        return icon;
    }

    public Group group() {
        return group;
    }

    public Optional<KeyCombination> keyCombination() {
        return keys == null ? Optional.empty() : Optional.of(KeyCombination.valueOf(keys));
    }

}
