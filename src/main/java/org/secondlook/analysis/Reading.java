package org.secondlook.analysis;
import org.secondlook.domain.FindingCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules for one résumé: each lexicon match becomes a finding, read in its context (plural,
 * agency on a neighbouring line, a negation / aspiration / third-party / coursework cue earlier in
 * the same sentence, the section it sits in). Collects the date ranges around own LE roles. The
 * agency beside a title is read by {@link NearbyAgency}, the summary and headline post-pass by
 * {@link SummaryClaims}, a bare "Patrol" title by {@link PatrolTitle}; the gates that stop a title
 * that is not the applicant's own are in {@link OwnTitleGate}, cue readings in {@link CueReadings},
 * the dates around own LE titles in {@link LeDates}.
 */
final class Reading {

    private final String original;
    private final NormalizedText text;
    private final Tokens t;
    private final Section[] sections;
    private final List<PhraseMatcher.Match> matches;
    private final Policy policy;
    private final Lexicons lexicons;
    private final int referenceMonth;

    final List<AnalysisFinding> findings = new ArrayList<>();
    private final Findings log;
    private final OwnTitleGate gate;
    private final CueReadings cueReads;
    /** The date ranges (or, failing those, the duration) around own LE roles. */
    final LeDates dates;
    /** LE findings from a role title on the lists (not a rank read through an agency or a sworn cue). */
    int explicitLe;
    private final Context context;
    private final RankShape rankShape;
    private final Surroundings around;
    private final Cues cues;
    private final Words words;
    private final EntryRoles entryRoles;
    private final TitleNeighbors neighbors;
    private final NearbyAgency agencies;
    private final FederalSeries series;
    private final SummaryClaims claims;
    private final Letters letters;
    private final ThirdPersonVoice voice;
    /** Built on the first role that needs it: few roles reach the civilian-entry rule. */
    private Entries entries;

    Reading(String original, NormalizedText text, Tokens t, Section[] sections, List<PhraseMatcher.Match> matches,
            Policy policy, Lexicons lexicons, int referenceMonth) {
        this.lexicons = lexicons;
        this.original = original;
        this.text = text;
        this.t = t;
        this.sections = sections;
        this.matches = matches;
        this.policy = policy;
        this.referenceMonth = referenceMonth;
        this.context = new Context(original, text, t, matches);
        this.rankShape = new RankShape(original, text, t, matches);
        this.around = new Surroundings(original, text, t, matches);
        this.cues = new Cues(original, text, t, matches);
        this.words = new Words(original, text, t, lexicons);
        this.entryRoles = new EntryRoles(original, text, t, matches, words);
        this.neighbors = new TitleNeighbors(original, text, t, matches);
        this.series = new FederalSeries(original, text, t, matches);
        this.claims = new SummaryClaims(text, t, sections, referenceMonth, matches, words);
        this.letters = new Letters(original, text, t, matches, cues);
        this.voice = new ThirdPersonVoice(words, t);
        this.agencies = new NearbyAgency(original, text, t, matches, context, around, words, this::entries, referenceMonth);
        this.log = new Findings(original, text, t, findings);
        this.dates = new LeDates(original, text, t, this::entries, referenceMonth);
        this.gate = new OwnTitleGate(original, text, t, sections, matches, log, this::entries,
                context, words, entryRoles, cues, letters, series, around);
        this.cueReads = new CueReadings(matches, cues, log);
    }

    void run() {
        boolean[] consumed = cueReads.consumed;
        List<Integer> patrols = new ArrayList<>();
        for (int k = 0; k < matches.size(); k++) {
            PhraseMatcher.Match m = matches.get(k);
            Phrase p = m.phrase();
            if (p.kind() == Phrase.Kind.RANK && m.last() - m.first() == 1 && t.end[m.first()] - t.start[m.first()] == 6
                    && "patrol".equals(words.word(m.first()))) {
                if (PatrolTitle.candidate(original, text, t, m)) {
                    patrols.add(k);
                }
                continue;
            }
            switch (p.kind()) {
                case ROLE, RANK, BARE_OFFICER -> role(k, m);
                case NEUTRAL -> {
                    if (!m.phrase().plural() && "le".equals(agencies.near(k, t.line[m.first()]))) {
                        role(k, m);
                    } else {
                        add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE,
                                Explanations.nonLe(span(m.first(), m.last()), "an officer title with no law-enforcement agency beside it"));
                    }
                }
                case TRAINING -> cueReads.training(k, m);
                case NON_LE -> add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE, Explanations.nonLe(span(m.first(), m.last()),
                        "idiom".equals(p.family()) ? "a figure of speech (\"a real trooper\": a good sport), not a job"
                        : "an officer title outside law enforcement"));
                case CIVILIAN -> {
                    if (!"generic".equals(m.phrase().family()) || "le".equals(agencies.near(k, t.line[m.first()]))) {
                        add(m.first(), m.last(), FindingCategory.CIVILIAN_IN_LE_AGENCY,
                                Explanations.standalone(FindingCategory.CIVILIAN_IN_LE_AGENCY, span(m.first(), m.last())));
                    }
                }
                default -> {
                }
            }
        }
        if (findings.stream().noneMatch(f -> OFFICER_TITLES.contains(f.category()))) {
            patrols.forEach(k -> role(k, matches.get(k))); // "Police Department - Patrol - 2010-2017": the entry's only title
        }
        if (claims.apply(findings)) {
            dates.clear();
            explicitLe = 0;
        }
        if (findings.stream().noneMatch(f -> f.category() == FindingCategory.LE_EMPLOYMENT)) {
            int[] years = new YearsOfService(t, matches, sections, context, around, cues, words).find();
            if (years != null) {
                add(years[0], years[1], FindingCategory.LE_EMPLOYMENT, "\"" + span(years[0], years[1])
                        + "\" is the applicant's own years of service at a law-enforcement agency.");
                dates.collect(years[2], years[1], t.line[years[2]], sections[t.line[years[2]]] == Section.SUMMARY);
            } else {
                int[] joined = JoinedAgency.find(t, matches, sections, context, around, cues, words);
                if (joined != null) {
                    add(joined[0], joined[1], FindingCategory.LE_EMPLOYMENT, "\"" + span(joined[0], joined[1])
                            + "\" is the applicant's own account of joining a law-enforcement agency.");
                    dates.collect(joined[2], joined[1], t.line[joined[2]], sections[t.line[joined[2]]] == Section.SUMMARY);
                }
            }
        }
        for (int k = 0; k < matches.size(); k++) {
            PhraseMatcher.Match m = matches.get(k);
            FindingCategory c = Cues.category(m.phrase().kind());
            if (c != null && !consumed[k] && cues.standalone(m)) {
                add(m.first(), m.last(), c, Explanations.standalone(c, span(m.first(), m.last())));
            }
        }
        findings.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        AcademyGraduate.mark(original, findings);
    }

    private void role(int k, PhraseMatcher.Match m) {
        Phrase p = m.phrase();
        String spanText = span(m.first(), m.last());
        int ln = t.line[m.first()];
        if (gate.stops(k, m)) {
            return;
        }
        if (p.kind() == Phrase.Kind.ROLE && neighbors.coordinatedWithAgency(k, m, words)) {
            add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "an office named beside an agency (\"the local PD or sheriff\"), one the applicant deals with, not a post held"));
            return;
        }
        String family = p.family();
        boolean viaAgency = false;
        boolean viaSworn = false;
        if (p.kind() == Phrase.Kind.NEUTRAL) {
            if (!gate.entryTitle(k, m, ln)) {
                cueReads.otherPersonCue(k, m);
                return; // "met with the precinct's commanding officer" in a duty bullet: not the applicant's title
            }
            family = around.near(k, ln, "military", 1) ? "military_police" : "police";
            viaAgency = true;
        } else if (p.kind() == Phrase.Kind.RANK || p.kind() == Phrase.Kind.BARE_OFFICER) {
            boolean bare = p.kind() == Phrase.Kind.BARE_OFFICER;
            if (bare && words.qualifiedByUnknownWord(m.first()) && !neighbors.agencyRightBefore(k, m)) {
                add(m.first() - 1, m.last(), FindingCategory.NON_LE_OFFICER_TITLE,
                        Explanations.nonLe(span(m.first() - 1, m.last()), "an officer title that is not on the law-enforcement lists"));
                return;
            }
            if (!bare && k + 1 < matches.size() && words.followedByOf(m.last()) && matches.get(k + 1).first() == m.last() + 1
                    && matches.get(k + 1).phrase().kind() == Phrase.Kind.CIVILIAN) {
                add(m.first(), m.last(), FindingCategory.CIVILIAN_IN_LE_AGENCY, Explanations.nonLe(spanText,
                        "the head of a civilian unit (\"Chief of Emergency Communications\"), not a police rank"));
                return;
            }
            if (!bare && neighbors.beforePersonsName(m)) {
                add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                        "a rank before another person's name (\"Sgt. M. Ybarra\"), not the applicant's own title"));
                return;
            }
            if (!bare && m.first() > 0 && YOUTH_PROGRAMS.contains(words.word(m.first() - 1))) {
                add(m.first() - 1, m.last(), FindingCategory.NON_LE_OFFICER_TITLE, Explanations.nonLe(span(m.first() - 1, m.last()),
                        "a rank in a youth or cadet program, not sworn service"));
                return; // "rank of Explorer\n  Captain": also when the line wraps between them
            }
            if (context.afterDeterminer(m.first()) || (!bare && (rankShape.qualifiesNextWord(m.last())
                    || rankShape.qualifiedByPreviousWord(m.first()) && !neighbors.rankAfterInitials(k, m)
                    && !RESERVE_WORDS.contains(words.word(m.first() - 1))))) { // "Auxiliary Sergeant" is read on, as a reserve post
                return; // "for the Chief", "Deputy CISO": someone else, or a different title
            }
            if (!bare && (around.near(k, ln, "fire", 0) && !around.near(k, ln, "le", 0) || around.entryHeadedBy(k, ln, "fire")
                    || around.near(k, ln, "fire", 1) && words.lineHas(ln, "fire"))) {
                add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE,
                        Explanations.nonLe(spanText, "a fire-service rank in an entry that names a fire service, not a police rank"));
                return;
            }
            String agency = agencies.near(k, ln);
            if (agency == null && (rankShape.titleLine(m.first(), m.last()) || OrgMode.drawerBelow(text, t, ln))) {
                agency = agencies.near(k, ln, 2); // a title alone on its line: a flattened column may put the agency two lines off
            }
            if (agency == null && !bare && (around.underLeHead(k, ln) || gate.opensDetailUnderAgencyOnlyHead(k, m, ln))) {
                agency = "le"; // "Promoted to Sergeant" on a duty line under an agency's head line
            }
            if (bare && "le".equals(agency) && !around.near(k, ln, "le", 0) && words.corporateOn(ln)) {
                agency = null; // "Officer (vice president) of the Farm Bureau": a club title, a sheriff only on the next line
            }
            if ("le".equals(agency) && voice.someoneElse(m.first())) {
                add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                        "in a sentence about someone else (\"She retired after 28 years as an officer\") in a résumé written as \"I\""));
                return;
            }
            if ("le".equals(agency) && InspectorGeneral.inspectorAtOffice(words, t, m)) {
                add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE, Explanations.nonLe(spanText,
                        "an inspector at an office of inspector general, whose inspectors evaluate programs; its sworn staff are special agents"));
                return;
            }
            if ("le".equals(agency) && !gate.entryTitle(k, m, ln)) {
                cueReads.otherPersonCue(k, m);
                return; // a title in a duty bullet or running text beside an agency: someone else's, or no job at all
            }
            if ("le".equals(agency)) {
                // a service named only on a neighboring line yields to a law-enforcement agency on the title's own entry or dated line
                family = series.onLine(k, ln) ? "federal" : around.militaryBeside(k, ln) && (around.militaryInSentence(k, ln)
                        || !around.near(k, ln, "le", 0) || !entries().titleLineOfEntry(ln) && !LeadingDates.only(text, t, m.first()))
                        ? "military_police" : "police"; // "2006-2014 Dep., Elm SO" or "⭐ 2009-2018 Special Agent, ATF" over an Army line
                viaAgency = true;
            } else if (!around.near(k, ln, "military", 1) && around.swornNear(k, ln, bare)) {
                family = bare ? "police" : entries().heads.deferredHeadFamilyOr(ln, matches, k, policy, "police"); // a jailer's oath as a deputy
                viaSworn = true;
            } else if (!bare) {
                return;
            } else if ("military".equals(agency)) {
                add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE, Explanations.nonLe(spanText, "a military officer title, not a law-enforcement one"));
                return;
            } else if (!words.startsUpperCase(m.first()) && !CareerSpan.servedAsBareOfficer(text, t, m.first(), m.last())) {
                return; // "the former officer", "officer questionnaires": running text, not a title
            } else if (words.followedByOf(m.last()) || words.corporateNear(ln, l -> entries().otherDatedEntry(l, ln))) {
                add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE,
                        Explanations.nonLe(spanText, "an officer title in a corporate, banking or club setting"));
                return;
            } else {
                family = "bare";
            }
        } else if (policy.treatment(family) == Policy.Treatment.LE && !series.onLine(k, ln) && !AgencyNamedTitles.namesCivilianAgency(family, spanText)
                && ("military".equals(agencies.near(k, ln)) || around.entryHeadedBy(k, ln, "military"))) {
            family = "military_police";
        }
        if (!family.equals("bare") && !family.equals("federal") && policy.treatment(family) == Policy.Treatment.LE
                && (around.foreign(k, ln) && !translatedAtHome(k, ln) || (viaAgency || viaSworn) && around.foreignEntry(k, ln, entries().headOf(ln))
                || around.foreignAbove(k, ln, ln + 1 < t.lines && entries().inBullet(original, ln + 1)))) {
            family = "foreign";
        }
        if (policy.treatment(family) == Policy.Treatment.LE) {
            String other = viaAgency ? neighbors.slashedRoleFamily(k) : neighbors.slashedRoleFamily(k, true);
            if (other != null && policy.treatment(other) == Policy.Treatment.DEFERRED && (viaAgency || "foreign".equals(other) && !around.near(k, ln, "domestic", 0))) {
                family = other; // "Constable / Agent", "Constable / Police Officer": one position under two names; the role named first decides
            }
        }
        family = postOnItsLine(k, p, spanText, family, ln);
        if (!family.equals("bare") && policy.treatment(family) == Policy.Treatment.LE && (around.near(k, ln, "private_rail", 1) || around.underHead(k, ln, "private_rail")
                || viaAgency && around.otherRoleOnLine(k, ln, "special_police"))) {
            family = "special_police"; // a railroad's own police ("Special Agent, Railroad Police"): a private employer's commission
        }
        if (cueReads.cueFinding(k, m, false)) {
            return;
        }
        if (!family.equals("bare") && policy.treatment(family) == Policy.Treatment.LE && entries().heads.civilianHead(ln, matches, k, words.startsUpperCase(m.first()))
                && !cues.ownServiceBefore(m.first())) {
            add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "named in the duties of an entry whose own title is civilian, not a title the applicant held"));
            return;
        }
        Section s = sections[ln];
        if (s == Section.REFERENCES || s == Section.PUBLICATIONS || s == Section.TEACHING) {
            add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.section(s, spanText));
            return;
        }
        if (s == Section.EDUCATION && !around.employmentEntryLine(k, ln)) {
            add(m.first(), m.last(), FindingCategory.COURSEWORK, Explanations.section(s, spanText));
            return;
        }
        if (words.namesCredential(m.last()) && !family.equals("bare") && policy.treatment(family) != Policy.Treatment.NOT_LE) {
            add(m.first(), m.last(), FindingCategory.LE_TRAINING, Explanations.nonLe(spanText,
                    "the name of a credential or course (\"Municipal Police Officer Certification\"), not a post the applicant held"));
            return;
        }
        if (s == Section.CERTIFICATIONS && !around.employmentEntryLine(k, ln) && trainingWordNear(m, ln)) {
            add(m.first(), m.last(), FindingCategory.LE_TRAINING, Explanations.section(s, spanText));
            return; // "Inspector General Criminal Investigator Academy - coordination seminar (3 days)": the course's name
        }
        if (s == Section.OBJECTIVE) {
            add(m.first(), m.last(), FindingCategory.ASPIRATION, Explanations.section(s, spanText));
            return;
        }
        Policy.Treatment treatment = family.equals("bare") ? Policy.Treatment.DEFERRED : policy.treatment(family);
        if (treatment == Policy.Treatment.LE) {
            claims.le(findings.size(), ln, m);
            add(m.first(), m.last(), FindingCategory.LE_EMPLOYMENT, viaSworn ? Explanations.leBySwornCue(spanText)
                    : Explanations.leEmployment(spanText, family, viaAgency));
            if (!viaAgency && !viaSworn) {
                explicitLe++;
            }
            dates.collect(m.first(), m.last(), ln, sections[ln] == Section.SUMMARY);
        } else if (treatment == Policy.Treatment.NOT_LE) {
            add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE, Explanations.notLeByPolicy(spanText, family));
        } else {
            claims.deferred(ln);
            add(m.first(), m.last(), FindingCategory.POLICY_DEPENDENT_ROLE, Explanations.deferred(spanText, family));
        }
    }

    /**
     * "Police Officer / Oficial de Policía" over "Houston Police Department": the foreign words on the title's line are
     * its translation after a slash, and a law-enforcement agency stands on the line or next to it, with no foreign place
     * there: the agency decides.
     */
    private boolean translatedAtHome(int k, int ln) {
        return neighbors.slashAfter(k) && around.near(k, ln, "le", 1) && !around.foreignBesidesGloss(k, ln);
    }

    /**
     * A sworn-sounding title that its own line or entry makes a policy-dependent post: a role in parentheses glossing a
     * named role before it, "Reserve" or "Auxiliary" right before it, a peace-officer status of the entry's own title,
     * a reserve title earlier on the line, a sheriff's deputy whose line names only the jail. Returns the family that decides.
     */
    private String postOnItsLine(int k, Phrase p, String spanText, String family, int ln) {
        if (policy.treatment(family) != Policy.Treatment.LE) {
            return family;
        }
        String named = neighbors.roleBeforeParenthesis(k);
        if (named != null && policy.treatment(named) != Policy.Treatment.LE) {
            return named; // "Police Constable (police officer), British Transport Police", "Detention Officer (Deputy - Jail Division)"
        }
        int first = matches.get(k).first();
        if (first > 0 && t.line[first - 1] == ln && RESERVE_WORDS.contains(words.word(first - 1)) || reserveUnitAfter(matches.get(k).last(), ln)) {
            return "reserve"; // "Reserve Police Captain", "Auxiliary Sergeant", "Sergeant in the auxiliary unit": the reserve unit's rank
        }
        if (p.kind() != Phrase.Kind.ROLE) {
            return family;
        }
        if (spanText.toLowerCase(java.util.Locale.ROOT).replace('-', ' ').contains("peace officer")) {
            String head = entries().heads.headRoleFamily(ln, matches, k);
            if (head != null && policy.treatment(head) != Policy.Treatment.LE) {
                family = head; // "Probation Officer II ... - Peace officer status under state statute": the status of the entry's own title
            }
        }
        if (policy.treatment(family) == Policy.Treatment.LE && neighbors.reserveEarlierOnLine(k)) {
            family = "reserve"; // "Reserve Deputy Constable (volunteer), Harris County Constable Precinct 2": the reserve post at that office
        }
        if ("sheriff".equals(family) && JailAssignment.only(words, t, ln, matches.get(k).first())) {
            family = "corrections"; // "Deputy Sheriff - Corrections (jail only)": a jail deputy
        }
        return family;
    }

    /** Findings on an officer title of any kind: beside one, "Patrol" is a duty ("Security Officer ... - Patrol, alarm response"). */
    private static final java.util.Set<FindingCategory> OFFICER_TITLES = java.util.EnumSet.of(FindingCategory.LE_EMPLOYMENT,
            FindingCategory.POLICY_DEPENDENT_ROLE, FindingCategory.NON_LE_OFFICER_TITLE, FindingCategory.CIVILIAN_IN_LE_AGENCY);

    /** Words right before a title that make it a reserve or auxiliary post. */
    private static final java.util.Set<String> RESERVE_WORDS = java.util.Set.of("reserve", "auxiliary");
    private static final java.util.Set<String> UNIT_PREPOSITIONS = java.util.Set.of("in", "of", "with", "for");

    /** "Sergeant in the auxiliary unit", "Lieutenant with the reserve division": the title's unit, named right after it. */
    private boolean reserveUnitAfter(int last, int ln) {
        int i = last;
        if (i >= t.count || t.line[i] != ln || !UNIT_PREPOSITIONS.contains(words.word(i))) {
            return false;
        }
        i++;
        if (i < t.count && t.line[i] == ln && words.word(i).equals("the")) {
            i++;
        }
        return i < t.count && t.line[i] == ln && RESERVE_WORDS.contains(words.word(i));
    }

    /** Words of a course's line in a training or certifications section. */
    private static final java.util.Set<String> TRAINING_WORDS = java.util.Set.of("academy", "seminar", "course", "school", "training");
    /** Tokens read on either side of a title for a course word. */
    private static final int COURSE_REACH = 24;

    /** A course word within a few tokens of the title on its line ("... Criminal Investigator Academy - seminar"). */
    private boolean trainingWordNear(PhraseMatcher.Match m, int ln) {
        for (int i = Math.max(0, m.first() - COURSE_REACH); i < Math.min(t.count, m.last() + COURSE_REACH); i++) {
            if (t.line[i] == ln && TRAINING_WORDS.contains(words.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Programs whose members hold police-style ranks without sworn service ("Explorer Captain", "Cadet Sergeant"). */
    private static final java.util.Set<String> YOUTH_PROGRAMS = java.util.Set.of("explorer", "explorers", "cadet", "cadets");

    private Entries entries() {
        if (entries == null) {
            entries = Entries.of(original, text, t, sections);
        }
        return entries;
    }

    private String span(int first, int last) {
        return log.span(first, last);
    }

    private void add(int first, int last, FindingCategory c, String explanation) {
        log.add(first, last, c, explanation);
    }
}
