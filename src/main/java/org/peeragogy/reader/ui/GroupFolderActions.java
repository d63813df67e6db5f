package org.peeragogy.reader.ui;

import org.peeragogy.reader.share.group.Arrival;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peeragogy.reader.share.GroupReason;
import org.peeragogy.reader.share.group.GroupFolder;
import org.peeragogy.reader.share.group.GroupHandout;

/**
 * The window's flows for a group folder (issue 16): Notes → Group folder… chooses the folder, the group's
 * name and whether files of people accepted once merge without asking; a quiet notice says who updated their
 * notes, with Preview (the import's usual preview) and Merge (one undoable import for all of them), and, when a
 * facilitator's digest arrives, Open; Notes → Files waiting in the group folder… offers the waiting files again, and
 * Notes → Open the group's digest the last digest. Asks through {@link Dialogs}; the work is
 * {@link GroupFolderViewModel}'s. FX thread.
 */
final class GroupFolderActions {
    /** The notice's Preview button id. */
    static final String PREVIEW = "notice-group-preview";
    /** The notice's Merge button id. */
    static final String MERGE = "notice-group-merge";
    /** The notice's Open button id, when a facilitator's digest arrives. */
    static final String OPEN_DIGEST = "notice-group-digest";

    private final Dialogs dialogs;
    private final GroupFolderViewModel group;
    private final NoticeViewModel notices;
    private final SharingActions sharing;
    private final Texts texts;
    private final Consumer<String> browser;

    /** @param browser opens an address (a {@code file:} URI of a digest's copy) with the system's own program */
    GroupFolderActions(Dialogs dialogs, GroupFolderViewModel group, NoticeViewModel notices, SharingActions sharing,
                       Texts texts, Consumer<String> browser) {
        this.texts = texts;
        this.dialogs = dialogs;
        this.group = group;
        this.notices = notices;
        this.sharing = sharing;
        this.browser = browser;
        new GroupWaitingNotice(group, notices, texts, this::preview, this::merge); // Preview · Merge, following the folder
        group.digest().handoutProperty().addListener((o, was, now) -> now.ifPresent(h -> notices.showBesideStanding(
                texts.format("group.digestArrived", BidiMarks.isolated(h.name())),
                new NoticeViewModel.Choice(OPEN_DIGEST, texts.get("group.open"), () -> openDigest(h)))));
        group.mergedWithoutAskingProperty().addListener((o, was, now) -> {
            if (now.isEmpty()) {
                return;
            }
            sharing.refreshLayers();
            notices.showBesideStanding(texts.format("group.merged", new GroupArrivalsViewModel.Merged(now, true).summary(texts)),
                    new NoticeViewModel.Choice(NoticeViewModel.UNDO, texts.get("button.undo"), sharing::undoImport));
        });
    }

    /**
     * Notes → Group folder…: the folder (refused as {@code group-folder set} refuses it, in its words: the reader's own
     * data folder, the handbook's folder, a folder not there, a read-only folder, links followed; then the chooser is
     * offered again, and the folder chosen before, or none, stays), the
     * group's name, and whether to merge without asking.
     */
    void choose() {
        dialogs.chooseFolder(texts.get("group.chooseFolder")).ifPresent(dir -> group.choice().refusal(dir, why -> {
            if (why.isEmpty()) {
                named(dir);
            } else if (dialogs.confirm(Dialogs.Question.of(texts.get("group.title"), texts.get(refusedHeader(why.get())),
                    texts.format("group.refusedText", texts.reason(why.get()))).withId("group-refused"))) {
                choose();
            }
        }));
    }

    /** The refusal's header: what the folder is. */
    private static String refusedHeader(org.peeragogy.reader.book.Reason why) {
        return why.code() == GroupReason.GROUP_CHOSEN_DATA_FOLDER ? "group.dataFolderHeader"
                : why.code() == GroupReason.GROUP_CHOSEN_HANDBOOK_FOLDER ? "group.handbookFolderHeader"
                : why.code() == GroupReason.GROUP_CHOSEN_FILE ? "group.fileHeader"
                : why.code() == GroupReason.GROUP_CHOSEN_OTHER_DATA_FOLDER ? "group.otherDataFolderHeader"
                : why.code() == GroupReason.GROUP_CHOSEN_READ_ONLY ? "group.readOnlyHeader"
                : why.code() == GroupReason.GROUP_CHOSEN_NOT_A_FOLDER ? "group.notAFolderHeader"
                : "group.notThereHeader";
    }

    private void named(Path dir) {
        Path abs = dir.toAbsolutePath().normalize(); // as it is kept and shown on the line
        boolean same = group.folderProperty().get().filter(abs::equals).isPresent();
        String suggested = same ? group.groupProperty().get() : String.valueOf(dir.getFileName());
        Optional<String> name = dialogs.askText(texts.get("group.title"), texts.get("group.nameHeader"),
                texts.get("group.nameLabel"), suggested);
        if (name.isEmpty()) {
            return;
        }
        // The same folder chosen again (as the line says to after a stick came back at another place): what is chosen
        // now is said, since "Always ask" is the default and Enter would otherwise turn merging without asking off unseen.
        String now = same ? " " + texts.format("group.mergeNow", texts.get(group.choice().mergeAccepted()
                ? "group.mergeWithoutAsking" : "group.alwaysAsk")) : "";
        boolean merge = dialogs.twoWays(Dialogs.Question.of(texts.get("group.title"), texts.get("group.mergeHeader"),
                texts.format("group.mergeText", String.valueOf(abs)) + now).withId("group-merge-accepted"),
                texts.get("group.mergeWithoutAsking"), texts.get("group.alwaysAsk"));
        group.choose(dir, name.get(), merge);
    }

    /**
     * Opens a copy of the digest made for reading, with the system's own program (browser, PDF viewer); when no
     * program could be started the window says so, with where the copy is.
     */
    void openDigest(GroupHandout h) {
        group.digest().open(h, copy -> browser.accept(copy.toUri().toString()));
    }

    /**
     * Notes → Open the group's digest: the digest seen last in the folder, again after its notice went (dismissed,
     * or replaced by a notice of notes) or after a restart.
     */
    void openLatestDigest() {
        group.digest().latestHandoutProperty().get().ifPresent(this::openDigest);
    }

    /** True while no digest is known in the group folder (Notes → Open the group's digest is disabled). FX thread. */
    javafx.beans.binding.BooleanBinding noDigest() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> group.digest().latestHandoutProperty().get().isEmpty(),
                group.digest().latestHandoutProperty());
    }

    /**
     * Notes → Files waiting in the group folder…: the notice of the files that wait, offered again after it went
     * (dismissed, or another chapter opened) without waiting for the next file to arrive.
     */
    void showWaiting() {
        List<Arrival> waiting = group.arrivalsProperty().get();
        if (!waiting.isEmpty()) {
            preview(waiting); // a dialog whose checks and OK the keyboard reaches (issue 16's try-out, W4)
        }
    }

    /**
     * Notes → Stop using the group folder: asks, then forgets the folder (the notes merged from it stay; the folder
     * and the reader's file in it are left for the group).
     */
    void stop() {
        group.folderProperty().get().ifPresent(dir -> {
            if (dialogs.confirm(Dialogs.Question.of(texts.get("group.title"), texts.format("group.stopHeader",
                    BidiMarks.isolated(group.groupProperty().get())), texts.format("group.stopText", String.valueOf(dir)))
                    .withId("group-stop"))) {
                group.stop();
            }
        });
    }

    /**
     * Notes → People merged without asking…: who the reader accepted (by merging a file of theirs), one check each,
     * ticked; OK with a person unticked takes their acceptance back, so their next file asks first (issue 16's
     * try-out w9: a stranger accepted by one click could not be seen or taken back). Said when no one is.
     */
    void showAccepted() {
        group.people().accepted(people -> {
            if (people.isEmpty()) {
                dialogs.inform(texts.get("group.title"), texts.get("group.acceptedNone"));
                return;
            }
            List<String> items = people.stream().map(GroupPeopleViewModel.Person::line).toList();
            dialogs.pick(Dialogs.Question.of(texts.get("group.title"), texts.get("group.acceptedHeader"),
                    texts.get("group.acceptedText")).withId("group-accepted"), items,
                    java.util.Collections.nCopies(items.size(), true)).ifPresent(kept -> {
                        java.util.Set<String> taken = new java.util.LinkedHashSet<>();
                        for (int k = 0; k < people.size(); k++) {
                            if (!kept.contains(k)) {
                                taken.add(people.get(k).authorId());
                            }
                        }
                        group.people().unaccept(taken, () -> notices.show(texts.format("group.unaccepted",
                                taken.size())));
                    });
        });
    }

    /** True while no group folder is chosen (Notes → Stop using the group folder is disabled). Bind on the FX thread. */
    javafx.beans.binding.BooleanBinding noFolder() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> group.folderProperty().get().isEmpty(),
                group.folderProperty());
    }

    /**
     * True while no file waits, or while a merge runs (the menu entry is disabled then: a second Merge pressed during
     * a long merge, issue 16's try-out w8). Bind on the FX thread.
     */
    javafx.beans.binding.BooleanBinding nothingWaiting() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> group.arrivalsProperty().get().isEmpty()
                || group.mergingProperty().get(), group.arrivalsProperty(), group.mergingProperty());
    }

    /**
     * The preview of the files that wait, one check each: files that hold notes by other people than their name
     * says come first, unticked, with the warning at the top; files of people never accepted next, then the
     * others. OK merges the ticked files as one import.
     */
    void preview(List<Arrival> list) {
        List<Arrival> ordered = new ArrayList<>(list);
        ordered.sort(java.util.Comparator.comparingInt(a -> GroupArrivalsViewModel.flagged(a) ? 0
                : group.accepted(a) ? 2 : 1));
        List<String> items = new ArrayList<>();
        List<Boolean> ticked = new ArrayList<>();
        for (Arrival a : ordered) {
            StringBuilder line = new StringBuilder(texts.format("group.previewLine",
                    GroupArrivalsViewModel.describe(texts, a), FileNameWords.clean(a.fileName())));
            if (!GroupArrivalsViewModel.flagged(a) && !group.accepted(a)) {
                line.append(" · ").append(texts.get("group.neverAccepted"));
            }
            a.preview().reasons().forEach(r -> line.append("\n").append(texts.reason(r)));
            items.add(line.toString());
            ticked.add(!GroupArrivalsViewModel.flagged(a));
        }
        long flagged = ordered.stream().filter(GroupArrivalsViewModel::flagged).count();
        String header = list.size() == 1 ? texts.format("group.mergeOne", FileNameWords.person(texts, list.get(0).person()))
                : texts.format("group.mergeMany", list.size());
        String text = (flagged > 0 ? texts.format("group.flaggedWarning", flagged) + "\n\n" : "")
                + (list.size() == 1 ? ImportSummaryViewModel.describe(texts, list.get(0).preview())
                : texts.get("group.mergeManyText"));
        dialogs.pick(Dialogs.Question.of(texts.get("group.title"), header, text).withId("group-preview"), items,
                ticked).ifPresent(chosen -> {
                    List<Arrival> take = chosen.stream().map(ordered::get).toList();
                    if (!take.isEmpty()) {
                        merge(takingForOthers(take));
                    }
                });
    }

    /**
     * {@code list}, with what its files carry for people other than their owners taken when the reader says so, in
     * the import's one question (decision 0077: t15e's M1 merged a forged file's deletions of others' notes with one
     * tick); leaving them out is the default.
     */
    private List<Arrival> takingForOthers(List<Arrival> list) {
        List<Arrival> holding = list.stream().filter(Arrival::holdsBack).toList();
        if (holding.isEmpty() || !TakeForOthers.ask(dialogs, texts, TakeForOthers.together(holding.stream()
                .map(a -> a.preview().forOthers()).toList(), holding.stream().map(a -> FileNameWords.clean(a.fileName()))
                .toList()), true)) {
            return list;
        }
        return list.stream().map(a -> a.holdsBack() ? a.withOthers() : a).toList();
    }

    void merge(List<Arrival> list) {
        // Said while it runs (a 52 MB file took 22 s with nothing on screen, and Merge could be pressed again).
        notices.show(texts.format("group.merging", list.size()));
        group.merge(list, merged -> {
            if (merged.away()) {
                // Not "no longer in the group folder": the files are on the stick, which is out (said so before).
                notices.show(texts.format("group.awayNotMerged", merged.gone().size()));
                return;
            }
            sharing.refreshLayers();
            notices.show(texts.format("group.merged", merged.summary(texts)), merged.undoable()
                    ? new NoticeViewModel.Choice[] {new NoticeViewModel.Choice(NoticeViewModel.UNDO,
                    texts.get("button.undo"), sharing::undoImport)} : new NoticeViewModel.Choice[0]);
        });
    }
}
