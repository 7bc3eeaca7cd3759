package org.secondlook.ui.decision;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.domain.Track;

/**
 * A track and a reason that fits it, as a decision, a QA second review and a QA settlement are given:
 * only the reasons fitting the chosen track are offered (in the file's order), a reason for the other
 * track is dropped when the track changes, and a reason is picked by itself, by its number (1–9) or by
 * the first words of its label. A suggestion, where the owner makes one, is pre-selected, not chosen.
 */
public final class TrackReasonChoice {
    private final List<ReasonCode> reasons;
    private final ObservableList<ReasonCode> offered = FXCollections.observableArrayList();
    private final ObjectProperty<ReasonCode> suggested = new SimpleObjectProperty<>();
    private final ObjectProperty<Track> track = new SimpleObjectProperty<>();
    private final ObjectProperty<ReasonCode> reason = new SimpleObjectProperty<>();

    public TrackReasonChoice(List<ReasonCode> reasons) {
        this.reasons = List.copyOf(reasons);
        track.addListener((o, a, t) -> {
            offered.setAll(t == null ? List.of() : this.reasons.stream().filter(r -> r.fits(t)).toList());
            if (reason.get() != null && (t == null || !reason.get().fits(t))) {
                reason.set(null);
            }
        });
    }

    /** Chooses the reason; one for the other track (or before a track) is ignored. True when it was chosen. */
    public boolean pick(ReasonCode r) {
        if (r != null && track.get() != null && r.fits(track.get())) {
            reason.set(r);
            return true;
        }
        return false;
    }

    /** Chooses the {@code n}-th offered reason (number keys 1–9); false when there is none. */
    public boolean pick(int n) {
        return n >= 1 && n <= offered.size() && pick(offered.get(n - 1));
    }

    /** The first offered reason whose label starts with {@code prefix} (else contains it), for type-ahead; or null. */
    public ReasonCode find(String prefix) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            return null;
        }
        return offered.stream().filter(r -> r.label().toLowerCase(Locale.ROOT).replace("\"", "").startsWith(p))
                .findFirst().orElseGet(() -> offered.stream()
                        .filter(r -> r.label().toLowerCase(Locale.ROOT).contains(p)).findFirst().orElse(null));
    }

    /** Whether a track and a reason fitting it are chosen. */
    public boolean complete() {
        return track.get() != null && reason.get() != null && reason.get().fits(track.get());
    }

    /** Starts over: no track, no reason. */
    public void clear() {
        track.set(null);
        reason.set(null);
    }

    /** The reason with {@code code}, or null. */
    public ReasonCode byCode(String code) {
        return reasons.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    /** The reason code's plain label (the code itself when the list does not have it). */
    public String label(String code) {
        ReasonCode r = code == null ? null : byCode(code);
        return r == null ? code == null ? "" : code : r.label();
    }

    public List<ReasonCode> reasons() {
        return reasons;
    }

    /** The reasons that fit the chosen track, in the file's order (empty until a track is chosen). */
    public ObservableList<ReasonCode> offeredReasons() {
        return offered;
    }

    /** A reason pre-selected in the list (set by the owner, e.g. from the findings); it counts once picked. */
    public ObjectProperty<ReasonCode> suggestedProperty() {
        return suggested;
    }

    public ObjectProperty<Track> trackProperty() {
        return track;
    }

    public ObjectProperty<ReasonCode> reasonProperty() {
        return reason;
    }
}
