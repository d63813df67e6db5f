package org.peeragogy.reader.share.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peeragogy.reader.book.AuthorNames;

/**
 * What the reader is told of files named with its id that it did not write ({@link GroupFolder.Scan#underYourIdProblem},
 * decision 0035, issue 16's second retest b3): a copy of its profile on another computer, or a file that holds other
 * people's notes; either way, the name its own notes went under instead. Threads: any.
 */
final class UnderYourId {
    private UnderYourId() {
    }

    /**
     * The message, or empty when there is no such file.
     *
     * @param underYourId every file under the reader's id it did not write
     * @param notYours    those that hold other people's notes
     * @param ownFile     the name the reader's notes went under last, empty when none
     */
    static Optional<String> problem(List<String> underYourId, List<String> notYours, String ownFile) {
        if (underYourId.isEmpty()) {
            return Optional.empty();
        }
        String yours = ownFile.isEmpty() ? "under your own name once it can be written"
                : "under " + AuthorNames.listed(ownFile);
        List<String> copies = underYourId.stream().filter(n -> !notYours.contains(n)).toList();
        List<String> said = new ArrayList<>();
        if (!copies.isEmpty()) {
            said.add("Another computer writes notes under your id in the group folder: "
                    + AuthorNames.listed(String.join(", ", copies)) + ". Your reader never removes a file it did not"
                    + " write; if it is a copy of your profile on another computer, that computer's notes reach the"
                    + " group under that name and yours " + yours + ". If no computer of yours writes it, take it out"
                    + " of the folder.");
        }
        if (!notYours.isEmpty()) {
            said.add("A file under your id in the group folder does not hold your notes: "
                    + AuthorNames.listed(String.join(", ", notYours)) + " holds other people's. Your reader never"
                    + " removes a file it did not write, and never merges it without asking; your notes reach the"
                    + " group " + yours + ". Whoever put it there can take it out.");
        }
        return Optional.of(String.join(" ", said));
    }
}
