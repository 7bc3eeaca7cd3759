package org.secondlook.analysis;

import org.secondlook.domain.FindingCategory;

import java.util.List;
import java.util.function.Supplier;

/**
 * The gates a role title passes before its family is read: a title that is quoted, a search term, a
 * plural, in fiction, in a question, a letter writer's, someone the text describes, negated, after
 * "the", someone the applicant was with, named in a duty line, called civilian on its own line, or a
 * title fire, EMS and police share held at a fire service is not the applicant's own law-enforcement
 * title; each such gate leaves its finding. Also says whether a title stands where an entry's title
 * stands ({@link #entryTitle}).
 */
final class OwnTitleGate {
    private final String original;
    private final NormalizedText text;
    private final Tokens t;
    private final Section[] sections;
    private final List<PhraseMatcher.Match> matches;
    private final Findings log;
    private final Supplier<Entries> entries;
    private final Context context;
    private final Words words;
    private final EntryRoles entryRoles;
    private final Cues cues;
    private final Letters letters;
    private final FederalSeries series;
    private final Surroundings around;
    private final MailSender sender;
    private final Recipient recipient;
    private final TitleNeighbors neighbors;
    private final AgencyOnlyHeads agencyHeads;

    OwnTitleGate(String original, NormalizedText text, Tokens t, Section[] sections, List<PhraseMatcher.Match> matches,
            Findings log, Supplier<Entries> entries, Context context, Words words, EntryRoles entryRoles, Cues cues,
            Letters letters, FederalSeries series, Surroundings around) {
        this.original = original;
        this.text = text;
        this.t = t;
        this.sections = sections;
        this.matches = matches;
        this.log = log;
        this.entries = entries;
        this.context = context;
        this.words = words;
        this.entryRoles = entryRoles;
        this.cues = cues;
        this.letters = letters;
        this.series = series;
        this.around = around;
        this.sender = new MailSender(original, text, t, matches);
        this.recipient = new Recipient(original, text, t, matches);
        this.agencyHeads = new AgencyOnlyHeads(original, text, t, matches, entries);
        this.neighbors = new TitleNeighbors(original, text, t, matches);
    }

    /** True when the title at match {@code k} stops at a gate (with its finding, or none: an acronym, a possessive). */
    boolean stops(int k, PhraseMatcher.Match m) {
        Phrase p = m.phrase();
        String spanText = log.span(m.first(), m.last());
        int ln = t.line[m.first()];
        if (context.quoted(m.first(), m.last()) && !entryRoles.csvRecord(ln) && !entryRoles.fieldRecord(ln) && !entryRoles.quotedEntry(ln)) {
            log.add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE,
                    Explanations.nonLe(spanText, "inside a quoted name or title, not a job the applicant held"));
            return true;
        }
        if (ProperNames.partOfName(original, text, t, m.first(), m.last())) {
            log.add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE, Explanations.nonLe(spanText,
                    "part of a proper name (a business, a street or a person), not a title the applicant held"));
            return true;
        }
        if (labelOfAField(m.first(), m.last())) {
            return true; // "DUTIES (SHERIFF):": a field label pointing at an entry, not a title
        }
        if (ElectionWork.pollWorker(words, t, matches, k)) {
            log.add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE, Explanations.nonLe(spanText, "election staff at a polling place, not police"));
            return true;
        }
        if (words.capitalAcronym(m.first(), m.last())) {
            return true; // "Citizens on Patrol (COP)": an acronym, not the slang for a police officer
        }
        if (t.line[m.last() - 1] != ln && context.indentedBelow(ln) && !entries.get().inBullet(original, ln)
                && !(p.kind() == Phrase.Kind.ROLE && titleLineBelow(m))) {
            return true; // "Smoky Mountain State University\n   Police Dispatcher": an employer line over an indented title, not one phrase
        }
        if (keywordLine(ln)) {
            log.add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE,
                    Explanations.nonLe(spanText, "a search term in a keyword list, not a job the applicant held"));
            return true;
        }
        if (p.plural()) {
            if (p.kind() != Phrase.Kind.RANK) {
                log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.plural(spanText));
            }
            return true;
        }
        if (words.possessiveOrAttributive(m.last()) || words.pluralNounAfter(m)) {
            return true;
        }
        if (sections[ln] == Section.CREATIVE || context.fictionNear(k, ln) || context.partInNamedWork(m.first(), m.last()) && !entryRoles.csvRecord(ln)) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.fiction(spanText));
            return true;
        }
        if (BibRecords.inPublication(text, t, m.first())) {
            log.add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE,
                    Explanations.nonLe(spanText, "inside a field of a publication's record, not a job the applicant held"));
            return true;
        }
        if (!words.startsUpperCase(m.first()) && BibRecords.inNote(text, t, m.first())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "named inside a record's note, someone the applicant dealt with, not the entry's own title"));
            return true;
        }
        if (Participation.inProgramName(original, text, t, m.last())) {
            log.add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE,
                    Explanations.nonLe(spanText, "inside the name of a program the applicant took part in, not a job the applicant held"));
            return true;
        }
        if (Questions.asked(text, t, m.last())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText, "inside a question, not a claim of the applicant's own service"));
            return true;
        }
        if (Interviews.positionInHeading(text, t, m.first())) {
            log.add(m.first(), m.last(), FindingCategory.ASPIRATION, Explanations.nonLe(spanText,
                    "the position the interview, call or chat is for, named in its heading, not a job the applicant held"));
            return true;
        }
        if (Interviews.otherCandidate(text, t, m.first())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "another candidate's title in interview notes, not the applicant's own"));
            return true;
        }
        if (letters.writers(m.first(), m.last())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "the title of the person who wrote a recommendation letter about the applicant, not the applicant's own"));
            return true;
        }
        if (recipient.addressed(m.first())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "the title of the person a letter is addressed to (salutation, \"Attn:\" or address block), not the applicant's own"));
            return true;
        }
        if (sender.signs(m.first())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "the title of the person who sent or forwarded the e-mail the résumé came in, not the applicant's own"));
            return true;
        }
        if (context.describedPerson(m.first(), m.last()) || Apposition.ofSomeoneElse(text, t, m.first())
                || NamedOther.describedByName(original, text, t, m.last())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY,
                    Explanations.nonLe(spanText, "someone the text describes (\"a ... who\"), not the applicant's own title"));
            return true;
        }
        if (Reporters.reporting(original, text, t, m.first(), m.last())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "the person who confirmed or reported something (\"investigator confirmed ...\"), not the applicant's own title"));
            return true;
        }
        if (context.withDirectly(m.first()) && !cues.ownServiceBefore(m.first()) && !words.firstPersonBe(m.first())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "the people a duty was done with (\"coordinated the report with University Police\"), not the applicant's own title"));
            return true;
        }
        int negation = cues.negationBefore(m.first());
        if (negation >= 0) {
            log.add(negation, m.last(), FindingCategory.NEGATION, Explanations.forCue(Phrase.Kind.NEGATION, log.span(negation, m.last())));
            return true;
        }
        if (DeclinedOffers.declinedOffer(text, t, cues, m.first(), m.last())) {
            log.add(m.first(), m.last(), FindingCategory.NEGATION,
                    Explanations.nonLe(spanText, "a job offer the applicant turned down, not service"));
            return true;
        }
        if (TraineeTitles.notYetSworn(text, t, m.last())) {
            log.add(m.first(), m.last() + 1, FindingCategory.NON_LE_OFFICER_TITLE,
                    Explanations.nonLe(log.span(m.first(), m.last() + 1), "a cadet, recruit or applicant for the title, not yet sworn"));
            return true;
        }
        if (p.kind() == Phrase.Kind.ROLE && context.afterThe(m.first())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "a title after \"the\": the office or the person who holds it, not the applicant's own title"));
            return true;
        }
        if (context.somePerson(m.first(), m.last()) || StoryPeople.someoneElse(text, t, m.first(), m.last())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "a kind of person the sentence is about (\"since a ... helped\", \"goes to a ...\", \"a ... or ...\", \"led a ...\", \"about a ...\"), not the applicant's own title"));
            return true;
        }
        if (context.withSomeone(m.first())) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "someone the applicant was with (\"with a ...\"), not the applicant's own title"));
            return true;
        }
        if (p.kind() == Phrase.Kind.ROLE && words.commonNoun(m.first(), m.last()) && !interviewNotes() && entryRoles.dutyMention(m,
                entries.get().inBullet(original, ln) || entries.get().heads.headTitledOtherwise(ln, matches, k),
                context.opensLine(m.first()) && !entries.get().bulletContinuation(original, ln),
                cues.ownServiceBefore(m.first()) || words.firstPersonBe(m.first()) || entryRoles.ownStanding(k))
                && !agencyHeads.ownDetail(k, m, ln)) {
            log.add(m.first(), m.last(), FindingCategory.THIRD_PARTY, Explanations.nonLe(spanText,
                    "named inside a duty line, someone the applicant dealt with, not the entry's own title"));
            return true;
        }
        if (entryRoles.civilianTitle(m) && !series.onLine(k, ln)) {
            log.add(m.first(), m.last(), FindingCategory.CIVILIAN_IN_LE_AGENCY, Explanations.nonLe(spanText,
                    "a title its own line calls civilian or non-sworn"));
            return true;
        }
        if (p.kind() == Phrase.Kind.ROLE && entryRoles.serviceTitleUnderFireOrEms(m, around.near(k, ln, "fire", 0), around.near(k, ln, "le", 0))) {
            log.add(m.first(), m.last(), FindingCategory.NON_LE_OFFICER_TITLE, Explanations.nonLe(spanText,
                    "a title fire, EMS and police services share, held at a fire or EMS service"));
            return true;
        }
        return false;
    }

    /**
     * Structure first: a rank or a bare "Officer" read through an agency is the applicant's title only
     * where a title stands in an entry — opening its line (a title line, a one-line "Title, Agency,
     * dates" entry, "Promoted to Sergeant" under the agency's head line), or after a verb of own
     * service in prose ("served as a deputy with ..."), or in a detail line that calls it sworn or dates it
     * under an agency head that names no title ({@link AgencyOnlyHeads}). In the middle of a duty bullet ("sit in on
     * briefings with Sgt. investigators") or as a lower-case "officer" in running text ("officer
     * discipline records") it is someone else's title, or no title at all.
     */
    boolean entryTitle(int k, PhraseMatcher.Match m, int ln) {
        if (cues.ownServiceBefore(m.first()) || around.employmentEntryLine(k, ln) || words.firstPersonBe(m.first())
                || entries.get().dated(ln) && neighbors.listedAfterAgency(k)) {
            return true;
        }
        if (!words.startsUpperCase(m.first()) && (m.phrase().kind() != Phrase.Kind.RANK || !context.opensLine(m.first()))
                && !around.underLeHead(k, ln)) {
            return false; // "officer discipline records", "certified origin-and-cause investigator": running text
        }
        if (m.last() < t.count && t.line[m.last()] == ln && SUBJECT_VERBS.contains(words.word(m.last()))) {
            return false; // "Investigator is not a commissioned peace officer": the title is what a sentence is about
        }
        return !entries.get().inBullet(original, ln) || context.opensLine(m.first()) || entries.get().bulletHead(original, ln)
                || entries.get().yamlValue(original, ln, m.first()) || agencyHeads.ownDetail(k, m, ln)
                || AgencyBullets.datedTitle(text, t, matches, k, ln) || AgencyBullets.rankAfterOpeningInitials(original, text, t, matches, k, ln);
    }

    /**
     * "United States Secret Service\n  Special Agent, Washington Field Office (2010-2014)": the phrase's lower line
     * opens with its part of the phrase, then a comma: an agency head over an indented title line, the title held there.
     */
    private boolean titleLineBelow(PhraseMatcher.Match m) {
        int low = t.line[m.last() - 1];
        int opening = t.firstTokenOfLine(low);
        int a = t.end[m.last() - 1];
        if (opening <= m.first() || a >= text.length || text.chars[a] != ',') {
            return false;
        }
        for (int i = t.end[opening - 1]; i < t.start[opening]; i++) {
            if (!Character.isWhitespace(text.chars[i])) {
                return false; // "Highway Patrol.\n  Officer": a sentence ends between the lines
            }
        }
        return true;
    }

    /** The title alone in parentheses right before a colon ("DUTIES (SHERIFF):"), after a word on its line. */
    private boolean labelOfAField(int first, int last) {
        int b = t.start[first] - 1;
        int a = t.end[last - 1];
        return b > 0 && a + 1 < text.length && text.chars[b] == '(' && text.chars[a] == ')' && text.chars[a + 1] == ':'
                && first > 0 && t.line[first - 1] == t.line[first];
    }

    /** Verbs after a title that make it the subject of a sentence, not a title line. */
    private static final java.util.Set<String> SUBJECT_VERBS = java.util.Set.of("is", "was", "are", "were", "has", "does");

    /** 0 not yet read, 1 not interview notes, 2 interview, call or chat notes (read once per text). */
    private byte notes;

    private boolean interviewNotes() {
        if (notes == 0) {
            notes = (byte) (Interviews.notes(text, t) ? 2 : 1);
        }
        return notes == 2;
    }

    /** Per line: 0 not yet read, 1 not a keyword list, 2 a keyword list (read once per line: linear on one-line texts). */
    private byte[] keywordLines;

    private boolean keywordLine(int ln) {
        if (keywordLines == null) {
            keywordLines = new byte[t.lines];
        }
        if (keywordLines[ln] == 0) {
            keywordLines[ln] = (byte) (KeywordLists.line(text, t, ln) ? 2 : 1);
        }
        return keywordLines[ln] == 2;
    }

    /** A title opening a detail line of an entry headed by a law-enforcement agency that names no title ("- Detective. Undercover buys"). */
    boolean opensDetailUnderAgencyOnlyHead(int k, PhraseMatcher.Match m, int ln) {
        return context.opensLine(m.first()) && (agencyHeads.over(k, ln) || agencyHeads.sectionHead(k, m, ln));
    }
}
