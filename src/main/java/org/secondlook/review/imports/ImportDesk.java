package org.secondlook.review.imports;

/** A session's batch import (admin or supervisor; checked at each call). */
public interface ImportDesk {
    BatchImport imports();
}
