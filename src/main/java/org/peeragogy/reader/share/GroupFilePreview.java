package org.peeragogy.reader.share;

/**
 * A group folder's file checked ({@link NoteSharing#previewGroupFile}).
 *
 * @param asRead  everything the file holds, as read (whose notes it holds is judged on this, never on what is left
 *                after holding back)
 * @param preview what merging it would do, with what it holds back
 * @param writer  whose file it is taken to be: the writer it names inside ({@code exported_by}), when its name's
 *                owner, if it has one, is the same; empty when it speaks for no one (decision 0077)
 */
public record GroupFilePreview(ImportFile asRead, NoteSharing.Preview preview, java.util.Optional<String> writer) {
    /**
     * Whether merging it renames someone (a new name is news by itself: fresh tester t15f's M2, a participant's
     * new name never reached the group until they wrote a note). Any thread.
     */
    public boolean renames() {
        return preview.renames();
    }
}
