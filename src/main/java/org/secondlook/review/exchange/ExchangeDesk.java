package org.secondlook.review.exchange;

/** A session's exchange with headquarters and the offices (admin or supervisor; checked at each call). */
public interface ExchangeDesk {
    /** What a workbook or a package holds, the installation's keys, headquarters' merges and conflicts. */
    Exports exports();

    /** The workbook export and the signed package's export, verification and merge. */
    ExchangeService exchange();
}
