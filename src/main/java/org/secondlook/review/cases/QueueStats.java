package org.secondlook.review.cases;

/** Counts behind the status line "132 of 2,400 shown · 41 decided today · 1,907 open". */
public record QueueStats(int total, int open, int decidedToday) {
}
