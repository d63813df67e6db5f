package org.peeragogy.reader.store;

import java.util.Optional;
import org.peeragogy.reader.book.Reason;

/**
 * Who may do what in a workshop's conversation, for the window and the command line alike (issue 15; fresh testers
 * t15c's N1 and N9, t15d's N6: the command line asked anonymously where the group had not allowed it, and gave +1s to
 * the reader's own notes). {@link ConversationStore} holds every save to these rules, so no caller can go round them;
 * the window asks them first too, to say why before it saves anything (decision 0080).
 *
 * <p>Threads: {@link #anonymousRefused} reads the settings on the caller's thread (one allowed to use the database);
 * {@link #voteRefused} is pure, any thread.
 */
public final class ConversationRules {
    private ConversationRules() {
    }

    /**
     * Why the reader may not ask anonymously now: the group they are in (or, in none, the reader) has not ticked
     * Allow anonymous questions ({@link SettingsStore#ANONYMOUS_QUESTIONS}, kept per group, decision 0054); the window
     * does not offer it then (decision 0031). Empty when they may. Threads: a read; the caller's, one allowed to use
     * the database.
     *
     * @throws StoreException when the settings cannot be read
     */
    public static Optional<Reason> anonymousRefused(SettingsStore settings) throws StoreException {
        if (settings.workshopOption(SettingsStore.ANONYMOUS_QUESTIONS)) {
            return Optional.empty();
        }
        String group = settings.get(SettingsStore.GROUP_NAME).orElse("").strip();
        return Optional.of(group.isEmpty() ? Reason.of(StoreReason.ANONYMOUS_NOT_ALLOWED)
                : Reason.of(StoreReason.ANONYMOUS_NOT_ALLOWED_IN_GROUP, group));
    }

    /**
     * Why the reader may not give this +1 (decision 0080): a +1 says that someone else wants a note discussed, so the
     * reader's own notes (under their id or their anonymous one) take none from them. Withdrawing is always allowed,
     * so a +1 given to an own note before this rule can be taken back. Empty when allowed. Pure; any thread; never
     * throws.
     *
     * @param mine whether the note is the reader's ({@link BlindFirstPass#mine}, or the window's same rule)
     * @param give true to give the +1, false to withdraw it
     */
    public static Optional<Reason> voteRefused(boolean mine, boolean give) {
        return mine && give ? Optional.of(Reason.of(StoreReason.VOTE_ON_OWN_NOTE)) : Optional.empty();
    }

    /** Throws {@code why} as the refusal it is (no cause: the request, not the disk); nothing when empty. */
    static void refuse(Optional<Reason> why) throws StoreException {
        if (why.isPresent()) {
            throw new StoreException(why.get(), null);
        }
    }
}
