package org.caravan.risk;

import java.util.List;

/**
 * How often the labelled subheading of a held-out description is the first suggestion, or
 * among the first five, compared at 2 digits (chapter), 4 (heading) and 6 (subheading).
 */
public record HsAccuracy(String split, int indexedExamples, List<Group> groups) {

    /** The figures for one kind of description ({@code uk}, {@code cbp}), one source, or {@code all}. */
    public record Group(String name, int descriptions, double top1Chapter, double top1Heading, double top1Subheading,
            double top5Chapter, double top5Heading, double top5Subheading) {
    }

    public Group group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No group " + name));
    }
}
