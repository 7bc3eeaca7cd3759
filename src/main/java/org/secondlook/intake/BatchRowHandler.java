package org.secondlook.intake;

/** Receives a batch's rows one at a time, in file order, as they are read. */
public interface BatchRowHandler {
    void accepted(ApplicantRecord row);

    void rejected(RowRejection rejection);
}
