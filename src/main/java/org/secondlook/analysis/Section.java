package org.secondlook.analysis;

/** The résumé section a line belongs to, from the last heading above it. */
enum Section {
    NONE, EXPERIENCE, EDUCATION, CERTIFICATIONS, SKILLS, SUMMARY, OBJECTIVE, REFERENCES, PUBLICATIONS, TEACHING, VOLUNTEER, MILITARY, CREATIVE, OTHER
}
