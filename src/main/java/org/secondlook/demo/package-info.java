/**
 * Invented applicants for the demo batch ({@link org.secondlook.demo.DemoBatch}, the {@code demo}
 * command) and for benchmarks ({@link org.secondlook.demo.SyntheticApplicants}): realistic résumés
 * of the kinds the keyword screening confused, with the label and evidence that its rule
 * ({@link org.secondlook.demo.KeywordRule}) produced. Word lists live in {@code resources/demo/}.
 */
package org.secondlook.demo;
