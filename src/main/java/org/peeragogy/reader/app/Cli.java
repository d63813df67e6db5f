package org.peeragogy.reader.app;

import java.io.IOException;
import java.io.PrintStream;
import org.peeragogy.reader.book.Chapter;
import org.peeragogy.reader.book.Handbook;
import org.peeragogy.reader.book.Problem;
import org.peeragogy.reader.content.CheckReport;
import org.peeragogy.reader.content.Handbooks;

/** The commands that print instead of opening a window. */
final class Cli {
    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Options options, Handbook handbook) throws IOException {
        return switch (options.command()) {
            case "chapters" -> chapters(handbook);
            case "render" -> render(handbook, options.arguments().get(0));
            case "check" -> check(handbook);
            default -> throw new IllegalArgumentException(options.command());
        };
    }

    private int chapters(Handbook handbook) {
        for (Chapter c : handbook.book().chapters()) {
            out.println(String.join("\t", c.number(), c.id(), c.title(), c.part()));
        }
        return 0;
    }

    private int render(Handbook handbook, String id) throws IOException {
        if (handbook.book().chapter(id).isEmpty()) {
            return Main.usage(err, "No chapter '" + id + "' in " + handbook.location()
                    + " (the chapters command lists the ids)");
        }
        out.print(handbook.render(id).html());
        out.flush();
        return 0;
    }

    private int check(Handbook handbook) throws IOException {
        CheckReport report = Handbooks.check(handbook);
        for (Problem p : report.problems()) {
            out.println(p);
        }
        out.println(report.summaryLine());
        return report.failed() ? 1 : 0;
    }
}
