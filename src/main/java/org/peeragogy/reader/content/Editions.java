package org.peeragogy.reader.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peeragogy.reader.book.Handbook;

/**
 * The languages a handbook folder holds, each an edition of its own (decision 0015). A chapter's language
 * is its language folder's ({@code chapters/es/intro.md}: a folder named by a language tag, beside another
 * such folder, or holding translations of the chapters outside it), else its front matter's {@code lang:}
 * (or {@code language:}). With fewer than two languages the folder is one edition, in that language if
 * one is named. Chapters of no language form an edition of their own (language "") when they are the
 * originals the others translate, else they join the default edition. The default is that untagged
 * edition, else English, else the language with the most chapters.
 *
 * <p>The same chapter in another language has the same translation key: its path without the language
 * folder and without a language suffix ({@code intro.es.md}), or its front matter {@code ref:} or
 * {@code translationKey:}. Reads the first {@link #HEAD_BYTES} bytes of every chapter once.
 */
final class Editions {
    static final int HEAD_BYTES = 8192;

    /** One language's chapter files, and the folders to look in for its table of contents, nearest first. */
    record Edition(String language, List<String> files, List<String> tocFolders) {
    }

    private final List<Edition> editions;
    private final Map<String, String> keys;

    private Editions(List<Edition> editions, Map<String, String> keys) {
        this.editions = List.copyOf(editions);
        this.keys = Map.copyOf(keys);
    }

    static Editions of(Source source, List<String> chapterFiles) throws IOException {
        Map<String, String> folderLanguage = new HashMap<>();
        Map<String, String> languageFolder = new LinkedHashMap<>();
        languageFolders(chapterFiles, folderLanguage, languageFolder);
        Map<String, String> language = new LinkedHashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (String file : chapterFiles) {
            Map<String, String> front = frontMatter(source, file);
            String lang = folderLanguage.get(file);
            if (lang == null) {
                lang = LanguageTags.parse(front.getOrDefault("lang", front.get("language"))).orElse(null);
            }
            language.put(file, lang);
            keys.put(file, key(file, lang, languageFolder.get(lang), front));
        }
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        List<String> untagged = new ArrayList<>();
        for (String file : chapterFiles) {
            String lang = language.get(file);
            if (lang == null) {
                untagged.add(file);
            } else {
                byLanguage.computeIfAbsent(lang, k -> new ArrayList<>()).add(file);
            }
        }
        if (byLanguage.size() + (isOriginals(untagged, byLanguage, keys) ? 1 : 0) < 2) {
            String only = byLanguage.size() == 1 ? byLanguage.keySet().iterator().next() : "";
            if (only.isEmpty() && untagged.size() == chapterFiles.size()
                    && source.name().matches("[a-z]{2,3}(-[A-Z]{2}|-[A-Z][a-z]{3})?")) {
                // One language folder opened on its own (chapters/ar): it is named by its language (m6).
                only = LanguageTags.parse(source.name()).orElse("");
            }
            return new Editions(List.of(new Edition(only, chapterFiles, List.of(""))), keys);
        }
        List<Edition> out = new ArrayList<>();
        List<String> langs = new ArrayList<>(byLanguage.keySet());
        langs.sort(Comparator.naturalOrder());
        if (isOriginals(untagged, byLanguage, keys)) {
            out.add(new Edition("", untagged, List.of("")));
        } else {
            String first = langs.contains("en") ? "en" : byLanguage.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getValue().size())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            byLanguage.get(first).addAll(untagged);
            langs.remove(first);
            langs.add(0, first);
        }
        for (String lang : langs) {
            List<String> files = byLanguage.get(lang);
            files.sort(Comparator.naturalOrder());
            out.add(new Edition(lang, files, tocFolders(languageFolder.get(lang))));
        }
        return new Editions(out, keys);
    }

    /** Whether this folder holds more than one language. */
    boolean multiple() {
        return editions.size() > 1;
    }

    /** The edition in {@code language}; the default one when {@code language} is null or not held. */
    Edition pick(String language) {
        return editions.stream().filter(e -> e.language().equals(language)).findFirst().orElse(editions.get(0));
    }

    /** Every edition, the default first. */
    List<Edition> all() {
        return editions;
    }

    /** The translation key of a chapter file (see the class comment). */
    String key(String file) {
        return keys.get(file);
    }

    /** For each chapter of {@code edition} (id to path), the same chapter in the other editions that have it. */
    Map<String, List<Handbook.Translation>> translations(Edition edition, Map<String, String> paths) {
        if (!multiple()) {
            return Map.of();
        }
        Map<String, List<Handbook.Translation>> out = new HashMap<>();
        for (Edition other : editions) {
            if (other == edition) {
                continue;
            }
            Map<String, String> byKey = new HashMap<>();
            OpenHandbook.chapterPaths(other.files()).forEach((id, path) -> byKey.putIfAbsent(key(path), id));
            paths.forEach((id, path) -> {
                String there = byKey.get(key(path));
                if (there != null) {
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(new Handbook.Translation(other.language(), there));
                }
            });
        }
        out.replaceAll((id, list) -> List.copyOf(list));
        return out;
    }

    /** Language folders: a folder named by a tag beside another one, or holding translations of the files outside. */
    private static void languageFolders(List<String> files, Map<String, String> fileLanguage,
                                        Map<String, String> languageFolder) {
        Map<String, Map<String, String>> byParent = new LinkedHashMap<>(); // parent -> tag -> folder
        for (String file : files) {
            String[] segs = file.split("/");
            for (int k = 0; k < segs.length - 1; k++) {
                Optional<String> tag = LanguageTags.parse(segs[k]);
                if (tag.isPresent()) {
                    String parent = String.join("/", java.util.Arrays.copyOfRange(segs, 0, k));
                    String folder = parent.isEmpty() ? segs[k] : parent + "/" + segs[k];
                    byParent.computeIfAbsent(parent, p -> new LinkedHashMap<>()).putIfAbsent(tag.get(), folder);
                    break;
                }
            }
        }
        for (Map<String, String> tags : byParent.values()) {
            if (tags.size() < 2 && tags.values().stream().noneMatch(folder -> translatesOutside(files, folder))) {
                continue;
            }
            tags.forEach((tag, folder) -> {
                languageFolder.putIfAbsent(tag, folder);
                for (String file : files) {
                    if (file.startsWith(folder + "/")) {
                        fileLanguage.putIfAbsent(file, tag);
                    }
                }
            });
        }
    }

    /** At least half the chapters in {@code folder} have a namesake outside it, beside the folder or above it. */
    private static boolean translatesOutside(List<String> files, String folder) {
        String parent = Paths2.folderOf(folder);
        Set<String> outside = new HashSet<>();
        for (String f : files) {
            if (!f.startsWith(folder + "/") && Paths2.folderOf(f).equals(parent)) {
                outside.add(Paths2.fileName(f));
            }
        }
        List<String> inside = files.stream().filter(f -> f.startsWith(folder + "/")).toList();
        long matched = inside.stream().filter(f -> outside.contains(Paths2.fileName(f))).count();
        return !inside.isEmpty() && matched * 2 >= inside.size();
    }

    /** Untagged chapters are the originals when two or more of them, at least half, have a translation. */
    private static boolean isOriginals(List<String> untagged, Map<String, List<String>> byLanguage,
                                       Map<String, String> keys) {
        if (untagged.size() < 2 || byLanguage.isEmpty()) {
            return false;
        }
        Set<String> translated = new HashSet<>();
        byLanguage.values().forEach(files -> files.forEach(f -> translated.add(keys.get(f))));
        long matched = untagged.stream().filter(f -> translated.contains(keys.get(f))).count();
        return matched * 2 >= untagged.size();
    }

    private static String key(String file, String lang, String folder, Map<String, String> front) {
        String ref = front.getOrDefault("translationKey", front.get("ref"));
        if (ref != null && !ref.isBlank()) {
            return "ref:" + ref.strip();
        }
        String path = folder != null && file.startsWith(folder + "/")
                ? (Paths2.folderOf(folder).isEmpty() ? "" : Paths2.folderOf(folder) + "/")
                        + file.substring(folder.length() + 1)
                : file;
        String name = Paths2.fileName(path);
        String stem = name.substring(0, name.length() - 3);
        int dot = stem.lastIndexOf('.');
        if (dot > 0 && LanguageTags.parse(stem.substring(dot + 1)).isPresent()) {
            stem = stem.substring(0, dot);
        }
        String dir = Paths2.folderOf(path);
        return (dir.isEmpty() ? "" : dir + "/") + stem;
    }

    /** The language folder, then each folder above it, then the root. */
    private static List<String> tocFolders(String folder) {
        List<String> out = new ArrayList<>();
        for (String f = folder; f != null && !f.isEmpty(); f = Paths2.folderOf(f)) {
            out.add(f);
        }
        out.add("");
        return out;
    }

    private static Map<String, String> frontMatter(Source source, String file) throws IOException {
        Optional<Source.Head> head;
        try {
            head = source.head(file, HEAD_BYTES);
        } catch (java.io.InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            return Map.of(); // unreadable now: it opens as a page saying so, in the default edition
        }
        if (head.isEmpty()) {
            return Map.of();
        }
        String text = new String(head.get().bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---") && !text.strip().startsWith("---")) {
            return Map.of();
        }
        return FrontMatter.fields(List.of(text.split("\r\n|\r|\n")));
    }
}
