/**
 * Cases and the queue: the queue page, filters and counts, one case's detail with its highlighted spans and
 * the original PDF pages, search; {@link org.secondlook.review.cases.CaseQueries} and its adapter over the store.
 */
package org.secondlook.review.cases;
