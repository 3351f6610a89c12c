package org.eventline.reconcile;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How names are compared across sources: case, accents and punctuation set aside, and for places
 * the kind word a source appends to a settlement's name ("Aleppo town", "Aleppo city").
 */
public final class NameFold {

    /** The words UCDP appends to a settlement's name, which curated names carry as aliases at most. */
    private static final Set<String> SETTLEMENT_WORDS = Set.of("town", "village", "city");

    private NameFold() {
    }

    /** The name folded: lowercase, accents dropped, every run of other characters one space; null for none. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return folded.isEmpty() ? null : folded;
    }

    /** A place's name folded, its trailing settlement word dropped ("Aleppo town" is "aleppo"). */
    public static String place(String name) {
        String folded = name(name);
        if (folded == null) {
            return null;
        }
        int space = folded.lastIndexOf(' ');
        return space > 0 && SETTLEMENT_WORDS.contains(folded.substring(space + 1)) ? folded.substring(0, space) : folded;
    }

    /** An actor's name and aliases, folded. */
    public static Set<String> actorNames(String name, Collection<String> aliases) {
        Set<String> folds = new LinkedHashSet<>();
        add(folds, name(name));
        if (aliases != null) {
            aliases.forEach(alias -> add(folds, name(alias)));
        }
        return folds;
    }

    /** A place's name and aliases, folded. */
    public static Set<String> placeNames(String name, Collection<String> aliases) {
        Set<String> folds = new LinkedHashSet<>();
        add(folds, place(name));
        if (aliases != null) {
            aliases.forEach(alias -> add(folds, place(alias)));
        }
        return folds;
    }

    private static void add(Set<String> folds, String fold) {
        if (fold != null) {
            folds.add(fold);
        }
    }
}
