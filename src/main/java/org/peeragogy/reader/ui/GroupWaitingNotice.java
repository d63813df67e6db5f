package org.peeragogy.reader.ui;

import org.peeragogy.reader.share.group.Arrival;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.peeragogy.reader.share.group.GroupFolder;

/**
 * The notice of the files that wait in the group folder (issue 16): "Ben updated their notes (4 new), and 1 more in the
 * group folder. Merge asks first about 2 files…" with Preview · Merge. It follows the folder (t16's F2, F3, F6): said
 * again whenever the files that wait change, so that a file taken out, renamed, or changed to bring nothing no
 * longer counts in it and is not offered, and its counts are the line's ("2 files wait for you"); Preview and Merge
 * take the files that wait when they are pressed. It stands ({@link NoticeViewModel#stand}): a later notice does not
 * lose it (F5, F8; decision 0068). Split out of {@link GroupFolderActions}. FX thread.
 */
final class GroupWaitingNotice {
    private final GroupFolderViewModel group;
    private final NoticeViewModel notices;
    private final Texts texts;
    private final Consumer<List<Arrival>> preview;
    private final Consumer<List<Arrival>> merge;

    /**
     * @param preview opens the preview of these files (each can be left out)
     * @param merge   merges these files as one undoable import, without a preview
     */
    GroupWaitingNotice(GroupFolderViewModel group, NoticeViewModel notices, Texts texts,
                       Consumer<List<Arrival>> preview, Consumer<List<Arrival>> merge) {
        this.group = Objects.requireNonNull(group);
        this.notices = Objects.requireNonNull(notices);
        this.texts = Objects.requireNonNull(texts);
        this.preview = Objects.requireNonNull(preview);
        this.merge = Objects.requireNonNull(merge);
        group.arrivalsProperty().addListener((o, was, now) -> notices.stand(now.isEmpty() ? Optional.empty()
                : Optional.of(notice(now)), now.stream().anyMatch(a -> !was.contains(a))));
    }

    private NoticeViewModel.Notice notice(List<Arrival> list) {
        String last = GroupArrivalsViewModel.describe(texts, list.get(list.size() - 1));
        String text = list.size() == 1 ? last : texts.format("group.andMore", last, list.size() - 1);
        // Files that hold back something for others ask first too, for that reason, not as strangers' (t15f's F6).
        long holding = list.stream().filter(Arrival::holdsBack).count();
        long strangers = list.stream().filter(a -> !a.holdsBack() && !group.accepted(a)).count();
        if (holding > 0) {
            text = text + ". " + texts.format("group.askFirstHeldBack", holding);
        }
        if (strangers > 0) {
            text = text + ". " + texts.format("group.askFirst", strangers);
        }
        return new NoticeViewModel.Notice(text, List.of(
                new NoticeViewModel.Choice(GroupFolderActions.PREVIEW, texts.get("group.preview"), () -> now(preview)),
                new NoticeViewModel.Choice(GroupFolderActions.MERGE, texts.get("group.merge"), () -> now(waiting -> {
                    // Merge takes without asking only files of people accepted once whose notes are all theirs; a
                    // stranger's file or a flagged one opens the preview, where each file can be left out (issue 16:
                    // "files from people never accepted always ask"; a try-out merged a stranger with one click).
                    if (strangers(waiting) == 0) {
                        merge.accept(waiting);
                    } else {
                        preview.accept(waiting);
                    }
                }))));
    }

    /** Hands {@code to} the files that wait now (not those the notice was made for: some may have gone since, F2). */
    private void now(Consumer<List<Arrival>> to) {
        List<Arrival> waiting = group.arrivalsProperty().get();
        if (!waiting.isEmpty()) {
            to.accept(waiting);
        }
    }

    private long strangers(List<Arrival> list) {
        return list.stream().filter(a -> !group.accepted(a)).count();
    }
}
