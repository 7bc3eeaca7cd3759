package org.secondlook.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** What the screening tool said about one résumé version: its label, score, evidence and model. */
@Entity
@Table(name = "screening_flag")
public class ScreeningFlag {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_flag_seq")
    @SequenceGenerator(name = "screening_flag_seq", sequenceName = "screening_flag_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resume_version_id", nullable = false)
    private ResumeVersion resumeVersion;

    @Column(name = "label", nullable = false, length = 16)
    private String label;

    @Column(name = "score")
    private Double score;

    @Column(name = "model", length = 200)
    private String model;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "evidence_span", joinColumns = @JoinColumn(name = "flag_id"))
    @OrderColumn(name = "position")
    private List<EvidenceSpan> evidence = new ArrayList<>();

    protected ScreeningFlag() {
    }

    public ScreeningFlag(ResumeVersion resumeVersion, ClassifierLabel label, Double score, String model,
                         List<EvidenceSpan> evidence) {
        this.resumeVersion = resumeVersion;
        this.label = label.name();
        this.score = score;
        this.model = model;
        this.evidence = new ArrayList<>(evidence);
    }

    public Long getId() { return id; }
    public ResumeVersion getResumeVersion() { return resumeVersion; }
    public ClassifierLabel getLabel() { return ClassifierLabel.valueOf(label); }
    public Double getScore() { return score; }
    public String getModel() { return model; }
    public List<EvidenceSpan> getEvidence() { return List.copyOf(evidence); }
}
