package org.secondlook.demo;

import java.time.YearMonth;
import java.util.List;

/** One entry of a generated résumé's work history; {@code end} null means "present". */
record Job(String title, String employer, String city, String stateCode, YearMonth start, YearMonth end, List<String> bullets) {
}
