package org.peeragogy.reader.ui;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The pseudo-locale's text ({@link Texts#PSEUDO}, decision 0030): an English message with its words' letters
 * accented ("Fílé"), padded to 40% more length, and in brackets: "[_Fílé··]". Only the message's own words
 * change; its arguments, plural keywords and the mnemonic mark stay as they are, so the message still formats.
 * A window shown in it has every text of its own bracketed (a word without brackets was never translated), and
 * its longer words show where a translation would be cut (Spanish, Italian and Portuguese run 20–30% longer).
 */
final class PseudoText {
    /** How much longer a pseudo text is than its English. */
    static final double LONGER = 0.4;
    private static final String PLAIN = "aeiouyAEIOUYcnCN";
    private static final String ACCENTED = "áéíóúýÁÉÍÓÚÝçñÇÑ";

    private PseudoText() {
    }

    /** The pseudo form of an ICU message pattern. */
    static String of(String pattern) {
        MessagePattern parts = new MessagePattern(pattern);
        StringBuilder out = new StringBuilder("[");
        Deque<MessagePattern.Part.Type> open = new ArrayDeque<>();
        int at = 0;
        int letters = 0;
        for (int i = 0; i < parts.countParts(); i++) {
            MessagePattern.Part part = parts.getPart(i);
            String between = pattern.substring(at, part.getIndex());
            if (open.peek() == MessagePattern.Part.Type.MSG_START) {
                out.append(accent(between));
                letters += between.length();
            } else {
                out.append(between);
            }
            out.append(pattern, part.getIndex(), part.getLimit());
            at = part.getLimit();
            switch (part.getType()) {
                case MSG_START, ARG_START -> open.push(part.getType());
                case MSG_LIMIT, ARG_LIMIT -> open.pop();
                default -> { }
            }
        }
        out.append(pattern.substring(at));
        out.append("·".repeat((int) Math.ceil(letters * LONGER))).append(']');
        return out.toString();
    }

    private static String accent(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int i = PLAIN.indexOf(c);
            b.append(i < 0 ? c : ACCENTED.charAt(i));
        }
        return b.toString();
    }
}
