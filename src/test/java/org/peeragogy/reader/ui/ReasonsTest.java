package org.peeragogy.reader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.peeragogy.reader.book.Messages;
import org.peeragogy.reader.book.Reason;
import org.peeragogy.reader.content.ContentReason;
import org.peeragogy.reader.share.ImportReason;
import org.peeragogy.reader.share.ShareException;
import org.peeragogy.reader.share.ShareReason;
import org.peeragogy.reader.store.StoreException;
import org.peeragogy.reader.store.StoreReason;

/**
 * The reasons of the layers below the window (issue 14, decision 0038): every kind of reason, in every layer, is
 * known to the window, has its own words in every language, and is said by the window as the command line says it
 * in English; a failure carries its reason through the wrappers it travels in. The pseudo-locale window test
 * (PseudoLocaleWindowTest) sees them on screen.
 */
class ReasonsTest {
    private static final List<Locale> TRANSLATED = Texts.LANGUAGES.stream().filter(l -> !l.equals(Locale.ENGLISH))
            .toList();

    /** A layer's new kind of reason must be listed for the window, or its words would be missing there. */
    @Test
    void everyKindOfReasonOfEveryLayerIsKnownToTheWindow() {
        Set<String> listed = new TreeSet<>();
        Reasons.ALL.forEach(c -> listed.add(c.getClass().getName()));
        Set<String> found = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.peeragogy.reader")) {
            if (c.isAssignableTo(Reason.Code.class) && !c.isInterface()) {
                found.add(c.getName());
            }
        }
        assertTrue(found.size() >= 6, found::toString);
        assertEquals(found, listed);
        assertEquals(Reasons.ALL.size(), Reasons.ALL.stream().map(Reason.Code::key).distinct().count(),
                "every code has a key of its own");
    }

    /** Each reason has words of its own in each language: none left in English, none missing. */
    @Test
    void everyReasonIsTranslatedInEveryLanguage() {
        List<String> untranslated = new ArrayList<>();
        for (Locale l : TRANSLATED) {
            Map<String, String> own = Texts.read(l.getLanguage());
            for (Reason.Code c : Reasons.ALL) {
                String said = own.get(c.key());
                if (said == null) {
                    untranslated.add(l + " lacks " + c.key());
                } else if (said.equals(c.english()) && said.matches("(?s).*\\p{L}{3,}.*")
                        && !c.english().matches("\\{0\\} (bytes|MiB|MB)")) { // units are the same words
                    untranslated.add(l + " " + c.key() + " is the English \"" + said + "\"");
                }
            }
        }
        assertEquals(List.of(), untranslated);
        assertTrue(Reasons.ALL.size() > 300, "all the layers' reasons: " + Reasons.ALL.size());
    }

    /** A sample of each argument: a number where the English writes one as a number, else a word. */
    private static Object[] samples(Reason.Code c) {
        return samples(c, 12_345L);
    }

    /** As {@link #samples(Reason.Code)}, with {@code many} where the English chooses a plural form by a number. */
    private static Object[] samples(Reason.Code c, long many) {
        Object[] args = new Object[Reason.arity(c)];
        MessagePattern p = new MessagePattern(c.english());
        for (int i = 0; i < args.length; i++) {
            args[i] = "«" + i + "»";
        }
        for (int i = 0; i < p.countParts(); i++) {
            MessagePattern.Part part = p.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.SIMPLE) {
                args[p.getPart(i + 1).getValue()] = 12_345L;
            } else if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                args[p.getPart(i + 1).getValue()] = many;
            }
        }
        return args;
    }

    /**
     * The window's English is the command line's, word for word: the English patterns are read by ICU (the window)
     * and by {@link Reason#english()} (the command line) alike, apostrophes and numbers included.
     */
    @Test
    void theWindowSaysEachReasonInEnglishAsTheCommandLineDoes() {
        Texts english = Texts.of(Locale.ENGLISH);
        List<String> differ = new ArrayList<>();
        for (Reason.Code c : Reasons.ALL) {
            for (long many : new long[] {0, 1, 2, 12_345L}) { // each plural form (t33's F8c: "1 special file(s)")
                Reason r = Reason.of(c, samples(c, many));
                if (!english.reason(r).equals(r.english())) {
                    differ.add(c.key() + ": window \"" + english.reason(r) + "\", command line \"" + r.english() + "\"");
                }
            }
        }
        assertEquals(List.of(), differ);
    }

    /** Every translation formats with its code's arguments, each of them in place. */
    @Test
    void everyTranslationFormatsWithEveryArgumentInPlace() {
        List<String> bad = new ArrayList<>();
        for (Locale l : TRANSLATED) {
            Texts texts = Texts.of(l);
            for (Reason.Code c : Reasons.ALL) {
                Object[] args = samples(c);
                String said = texts.reason(Reason.of(c, args));
                for (int i = 0; i < args.length; i++) {
                    if (args[i] instanceof String s && !said.contains(s)) {
                        bad.add(l + " " + c.key() + " loses {" + i + "}: " + said);
                    }
                }
                if (said.contains("{") || said.contains("}")) {
                    bad.add(l + " " + c.key() + " leaves a brace: " + said);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    /** A reason's parts are said in the same language as the sentence around them. */
    @Test
    void aReasonAndItsPartsAreSaidInTheWindowsLanguage() {
        Reason full = Reason.of(StoreReason.WRITE_FAILED_DISK_FULL, Reason.of(StoreReason.DOING_SAVE_NOTE),
                Path.of("/notes"));
        assertEquals("Saving your note failed. The disk is full: /notes. Free some space and try again; your notes can"
                + " still be read and exported.", full.english());
        assertEquals("No se pudo guardar tu nota. El disco está lleno: /notes. Libera espacio y vuelve a intentarlo;"
                + " tus notas se pueden seguir leyendo y exportando.", Texts.of(Locale.forLanguageTag("es")).reason(full));
        Reason item = Reason.of(ImportReason.FILE_ITEM_BAD, Reason.of(ImportReason.WHERE_ANNOTATION, 3),
                Reason.of(ImportReason.FIELD_TOO_LONG, Reason.of(ImportReason.FIELD_QUOTE), 20_000));
        assertEquals("This file cannot be imported: annotation 3 has a quote longer than 20000 characters. Nothing was"
                + " changed.", item.english());
        assertEquals("Impossibile importare questo file: l’annotazione 3 ha un campo «citazione» più lungo di 20.000"
                + " caratteri. Non è cambiato nulla.", Texts.of(Locale.forLanguageTag("it")).reason(item));
        Reason notShown = Reason.of(ContentReason.NOT_SHOWN_PAGE, Reason.of(ContentReason.TOO_LARGE,
                Reason.of(ContentReason.MEGABYTES, 20.5), Reason.of(ContentReason.MEGABYTES, 1L)));
        assertEquals("This chapter could not be shown: it is larger than the reader allows (20.5 MB; the limit is 1 MB)."
                + " The rest of the book is unaffected.", notShown.english());
        assertEquals("Este capítulo não pôde ser exibido: ele é maior do que o leitor aceita (20,5 MB; o limite é"
                + " 1 MB). O resto do manual não é afetado.", Texts.of(Locale.forLanguageTag("pt")).reason(notShown));
    }

    /** The reason of a failure is found through the wrappers it travels in, and through a wrapper that repeats it. */
    @Test
    void aFailuresReasonIsFoundThroughItsWrappers() {
        StoreException store = new StoreException(StoreReason.NOTE_GONE, null);
        assertEquals(Reason.of(StoreReason.NOTE_GONE), Messages.reason(new CompletionException(
                new ExecutionException(store))));
        assertEquals(Reason.of(StoreReason.NOTE_GONE), Messages.reason(ShareException.of(store)));
        assertEquals("That note no longer exists (it may have been deleted).", Messages.of(ShareException.of(store)));
        assertEquals("Esa nota ya no existe (puede que se haya borrado).",
                Texts.of(Locale.forLanguageTag("es")).failure(new CompletionException(store)));
        // A message from outside the reader stays as it is; a failure with none is named by its kind.
        assertEquals(Reason.of(Reason.General.OTHER, "No space left on device"),
                Messages.reason(new java.io.IOException("No space left on device")));
        assertEquals(Reason.of(Reason.General.UNEXPECTED, "IllegalStateException"),
                Messages.reason(new IllegalStateException()));
        assertTrue(Texts.of(Locale.forLanguageTag("it")).failure(null).startsWith("Qualcosa non ha funzionato"));
    }

    /**
     * The pseudo-locale brackets every reason of the reader's own and each of its parts, but not a message from
     * outside the reader: a reason that reaches the window without a code shows as English there.
     */
    @Test
    void thePseudoLocaleBracketsTheReadersReasonsButNotWordsFromOutside() {
        Texts pseudo = Texts.of(Texts.PSEUDO);
        String said = pseudo.reason(Reason.of(ShareReason.CANNOT_READ, "/x.json", Reason.of(ShareReason.PERMISSION_DENIED)));
        assertTrue(said.startsWith("[") && said.endsWith("]") && said.contains("/x.json"), said);
        String bare = said;
        for (String before = null; !bare.equals(before); ) {
            before = bare;
            bare = bare.replaceAll("\\[[^\\[\\]]*\\]", " "); // innermost brackets first, then those around them
        }
        assertEquals("", bare.strip(), "no bare word: " + said);
        assertEquals("No space left on device", pseudo.failure(new java.io.IOException("No space left on device")));
    }
}
