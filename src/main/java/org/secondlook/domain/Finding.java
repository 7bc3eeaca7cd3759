package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One of the analyzer's findings on a résumé version: a span, a category and a plain explanation. */
@Entity
@Table(name = "finding")
public class Finding {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resume_version_id", nullable = false)
    private ResumeVersion resumeVersion;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    /** The analyzer's category name, e.g. LE_EMPLOYMENT or NON_LE_OFFICER_TITLE. */
    @Column(name = "category", nullable = false, length = 32)
    private String category;

    @Column(name = "explanation", nullable = false, length = 1000)
    private String explanation;

    /** The résumé text of the span ({@link SpanText#kept}), or null: then cut from the résumé when needed. */
    @Column(name = "span_text", length = SpanText.MAX_KEPT)
    private String spanText;

    protected Finding() {
    }

    public Finding(ResumeVersion resumeVersion, int start, int end, String category, String explanation) {
        this.resumeVersion = resumeVersion;
        this.start = start;
        this.end = end;
        this.category = category;
        this.explanation = explanation;
    }

    /** A finding that keeps the text of its span, cut from {@code resumeText}. */
    public static Finding quoting(ResumeVersion resumeVersion, String resumeText, int start, int end, String category,
                                  String explanation) {
        Finding f = new Finding(resumeVersion, start, end, category, explanation);
        f.spanText = SpanText.kept(resumeText, start, end);
        return f;
    }

    public Long getId() { return id; }
    public ResumeVersion getResumeVersion() { return resumeVersion; }
    public int getStart() { return start; }
    public int getEnd() { return end; }
    public String getCategory() { return category; }
    public String getExplanation() { return explanation; }
    public String getSpanText() { return spanText; }
}
