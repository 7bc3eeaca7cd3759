package org.secondlook.analysis;

/**
 * One lexicon entry: what kind of phrase it is, the role family or lexicon it came from, and
 * whether it is a plural form (plural role mentions are never the applicant's own title).
 */
record Phrase(Kind kind, String family, boolean plural) {

    enum Kind {
        /** A law-enforcement or policy-dependent role; the policy says which by family. */
        ROLE,
        /** A rank or generic title that is a law-enforcement role only beside an agency name. */
        RANK,
        /** An officer title used inside and outside law enforcement ("Commanding Officer"). */
        NEUTRAL,
        /** The word "officer" with no qualifier. */
        BARE_OFFICER,
        TRAINING,
        NON_LE,
        CIVILIAN,
        ASPIRATION,
        NEGATION,
        THIRD_PARTY,
        /** Fiction and creative work ("series regular", "my series character"): the roles in it are characters. */
        FICTION,
        /** Words that make a nearby agency a client, beat or contact, not the applicant's employer ("customers", "covered the"). */
        FRAME,
        COURSEWORK,
        /** A law-enforcement agency name: no finding by itself, context for ranks. */
        AGENCY,
        CUE_ASPIRATION,
        CUE_NEGATION,
        CUE_THIRD_PARTY,
        CUE_COURSEWORK,
        /** A sworn cue ("sworn", "badge number", "arrest powers"): makes a nearby rank the applicant's sworn title. */
        SWORN
    }
}
