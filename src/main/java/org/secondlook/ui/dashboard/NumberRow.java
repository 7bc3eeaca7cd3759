package org.secondlook.ui.dashboard;

/** One number behind a chart, as its table lists it: the series, the category (office, day, …) and the value. */
public record NumberRow(String series, String category, String value) {
}
