package org.secondlook.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The word lists under {@code resources/demo/} that demo and benchmark applicants are made of. */
public final class WordLists {
    /** A town with its state and county, as {@code places.txt} lists them. */
    public record Place(String city, String stateCode, String county, String state) {
    }

    final List<String> firstNames;
    final List<String> lastNames;
    final List<Place> places;
    final List<String> fieldOffices;
    final List<String> companies;
    final List<String> schools;

    WordLists(List<String> firstNames, List<String> lastNames, List<Place> places, List<String> fieldOffices,
            List<String> companies, List<String> schools) {
        this.firstNames = firstNames;
        this.lastNames = lastNames;
        this.places = places;
        this.fieldOffices = fieldOffices;
        this.companies = companies;
        this.schools = schools;
    }

    /** Loads the lists from the class path ({@code demo/*.txt}). */
    public static WordLists fromClasspath() {
        List<Place> places = new ArrayList<>();
        for (String line : lines("places.txt")) {
            String[] p = line.split("\\|");
            if (p.length == 4) {
                places.add(new Place(p[0], p[1], p[2], p[3]));
            }
        }
        return new WordLists(lines("first-names.txt"), lines("last-names.txt"), List.copyOf(places),
                lines("field-offices.txt"), lines("companies.txt"), lines("schools.txt"));
    }

    private static List<String> lines(String name) {
        String path = "demo/" + name;
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The demo word list " + path + " is missing from the class path.");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("The demo word list " + path + " is empty.");
        }
        return List.copyOf(out);
    }

    static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    @SafeVarargs
    static <T> T pick(Random rnd, T... items) {
        return items[rnd.nextInt(items.length)];
    }
}
