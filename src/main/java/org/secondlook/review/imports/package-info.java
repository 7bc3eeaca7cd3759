/**
 * Imports: a batch file's rows prepared, analysed and written in chunks
 * ({@link org.secondlook.review.imports.BatchImport}, its pipeline and adapter over the store).
 */
package org.secondlook.review.imports;
