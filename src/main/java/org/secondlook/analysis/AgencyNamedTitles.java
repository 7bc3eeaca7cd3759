package org.secondlook.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * A federal title that names its own civilian agency ("Border Patrol Agent", "Deputy U.S. Marshal",
 * "CBP Officer"): the agency is in the title, so an armed-forces name nearby ("U.S. Army, 1988-1992" on the
 * next line, "helping military families") does not make it military police. Titles of agencies that serve
 * the armed forces (NCIS, AFOSI, Army CID) are not on this list. Reads only the title's own words.
 */
final class AgencyNamedTitles {
    private static final Set<String> AGENCY_WORDS = Set.of("fbi", "dea", "atf", "usss", "hsi", "ice", "cbp", "customs",
            "marshal", "marshals", "postal", "immigration", "deportation");
    private static final Set<String> AGENCY_PAIRS = Set.of("border patrol", "secret service");
    private static final int LONGEST = 80;

    private AgencyNamedTitles() {
    }

    /** True when the federal title {@code title}, as written, names a civilian federal agency. */
    static boolean namesCivilianAgency(String family, String title) {
        if (!"federal".equals(family) || title.length() > LONGEST) {
            return false;
        }
        String[] words = title.toLowerCase(Locale.ROOT).split("[^a-z]+");
        for (int i = 0; i < words.length; i++) {
            if (AGENCY_WORDS.contains(words[i]) || i + 1 < words.length && AGENCY_PAIRS.contains(words[i] + " " + words[i + 1])) {
                return true;
            }
        }
        return false;
    }
}
