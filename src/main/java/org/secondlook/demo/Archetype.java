package org.secondlook.demo;

/**
 * The kinds of applicant the keyword screening mixed up. {@code formerLeo} is the truth a careful
 * reviewer would find (sworn law-enforcement employment of the applicant's own); the tool's label is
 * whatever the keyword rule made of the text.
 */
public enum Archetype {
    POLICE_OFFICER(true, 12),
    DEPUTY_SHERIFF(true, 6),
    STATE_TROOPER(true, 5),
    FEDERAL_AGENT(true, 6),
    CORPORATE_OFFICER(false, 16),
    PETTY_OFFICER(false, 6),
    CORRECTIONS_OFFICER(false, 8),
    SECURITY_OFFICER(false, 8),
    ASPIRING_ICE_OFFICER(false, 6),
    THIRD_PARTY_OFFICER(false, 9),
    POLICE_CIVILIAN(false, 8),
    CIVILIAN(false, 10);

    private final boolean formerLeo;
    private final int weight;

    Archetype(boolean formerLeo, int weight) {
        this.formerLeo = formerLeo;
        this.weight = weight;
    }

    public boolean formerLeo() {
        return formerLeo;
    }

    int weight() {
        return weight;
    }

    static Archetype pick(java.util.Random rnd) {
        int total = 0;
        for (Archetype a : values()) {
            total += a.weight;
        }
        int r = rnd.nextInt(total);
        for (Archetype a : values()) {
            r -= a.weight;
            if (r < 0) {
                return a;
            }
        }
        return CIVILIAN;
    }
}
