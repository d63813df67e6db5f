package org.peeragogy.reader.app;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Starts the window with JavaFX loaded as named modules when it was put on the class path ({@code java -jar},
 * or a class path of Maven's jars), as JavaFX supports and without its "Unsupported JavaFX configuration:
 * classes were loaded from 'unnamed module'" warning (issue 17; JavaFX 16's JDK-8256362: the {@code javafx.*}
 * modules must be named modules). {@code java -jar} cannot put anything on the module path, so this does
 * what the JDK documents for modules found at run time ({@link ModuleLayer}): the JavaFX modular jars
 * ({@code javafx/} beside the reader's jar, where the build copies them, or the JavaFX jars on the class path)
 * are resolved into a layer of their own, and {@code Main} runs again from a class loader that takes every
 * JavaFX package from that layer and everything else from the class path as before.
 *
 * <p>Nothing changes when JavaFX is a module already (the packaged app, {@code --module-path}) or no JavaFX
 * modular jar is found (the jar copied alone: JavaFX then loads from it, with the warning, as before). Only
 * for the window: the commands load no JavaFX. Called first thing on the main thread.
 */
final class ModularLaunch {
    /** The JavaFX modules the window uses (the others they need are resolved with them). */
    private static final Set<String> ROOTS = Set.of("javafx.controls", "javafx.web");

    private ModularLaunch() {
    }

    /**
     * The class loader to run the window from, with JavaFX in a module layer of its own; empty (nothing to do)
     * when JavaFX is already a named module, this class already runs from such a loader, or no JavaFX modular
     * jar is found. Throws when the layer cannot be made ({@link java.lang.module.ResolutionException},
     * {@link LayerInstantiationException}, an unreadable jar).
     */
    static java.util.Optional<ClassLoader> loader() throws IOException {
        if (ModuleLayer.boot().findModule("javafx.graphics").isPresent()
                || FxLayerLoader.NAME.equals(ModularLaunch.class.getClassLoader().getName())) {
            // (A class of this launch is another class than the loader's own: its name tells them apart.)
            return java.util.Optional.empty();
        }
        List<Path> classPath = classPath(System.getProperty("java.class.path", ""));
        List<Path> fx = new ArrayList<>();
        List<Path> rest = new ArrayList<>();
        for (Path p : classPath) {
            (isJavaFxModule(p) ? fx : rest).add(p);
        }
        if (fx.isEmpty()) {
            fx.addAll(besideTheJar(classPath));
        }
        if (fx.isEmpty()) {
            return java.util.Optional.empty();
        }
        ModuleLayer boot = ModuleLayer.boot();
        Configuration config = boot.configuration().resolve(ModuleFinder.of(fx.toArray(Path[]::new)),
                ModuleFinder.of(), ROOTS);
        ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(config, List.of(boot),
                ClassLoader.getPlatformClassLoader());
        ModuleLayer layer = controller.layer();
        Map<String, ClassLoader> packages = new HashMap<>();
        for (Module m : layer.modules()) {
            m.getPackages().forEach(pkg -> packages.put(pkg, m.getClassLoader()));
        }
        List<URL> urls = new ArrayList<>();
        for (Path p : rest) {
            urls.add(p.toUri().toURL());
        }
        FxLayerLoader loader = new FxLayerLoader(urls.toArray(URL[]::new), packages);
        layer.findModule("javafx.graphics").ifPresent(graphics -> openToTheReader(controller, graphics, loader));
        return java.util.Optional.of(loader);
    }

    /**
     * What the package's launcher gives the reader with {@code --add-exports}/{@code --add-opens} (decision 0095:
     * {@code ui.PulseTimerSwap} puts a timer that pauses in JavaFX's place): here to the reader's classes, the
     * loader's unnamed module. A package missing from this JavaFX is left alone (the swap then keeps JavaFX's timer).
     */
    private static void openToTheReader(ModuleLayer.Controller controller, Module graphics, ClassLoader loader) {
        Module reader = loader.getUnnamedModule();
        for (String pkg : List.of("com.sun.javafx.tk", "com.sun.glass.ui")) {
            if (graphics.getPackages().contains(pkg)) {
                controller.addExports(graphics, pkg, reader);
            }
        }
        if (graphics.getPackages().contains("com.sun.javafx.tk.quantum")) {
            controller.addOpens(graphics, "com.sun.javafx.tk.quantum", reader);
        }
    }

    /**
     * Runs {@code Main.main(args)} from {@code loader} (made by {@link #loader()}), which is also the thread's
     * context class loader from then on. What {@code main} throws is thrown as it is (checked ones wrapped).
     */
    static void main(ClassLoader loader, String[] args) {
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class.forName(Main.class.getName(), true, loader).getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The reader's Main could not be run from the JavaFX layer", e);
        }
    }

    /** The class path's entries, with those a jar's manifest adds ({@code Class-Path}, as Maven's test runs use). */
    static List<Path> classPath(String property) {
        Set<Path> out = new LinkedHashSet<>();
        for (String entry : property.split(java.io.File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath().normalize();
            out.add(p);
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
                out.addAll(manifestClassPath(p));
            }
        }
        return List.copyOf(out);
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> out = new ArrayList<>();
        try (JarFile j = new JarFile(jar.toFile())) {
            String cp = j.getManifest() == null ? null : j.getManifest().getMainAttributes().getValue("Class-Path");
            if (cp != null) {
                for (String s : cp.trim().split("\\s+")) {
                    try {
                        out.add(Path.of(new URL(jar.toUri().toURL(), s).toURI()).normalize());
                    } catch (MalformedURLException | java.net.URISyntaxException | IllegalArgumentException e) {
                        // Not a local file: the JVM cannot load it either.
                    }
                }
            }
        } catch (IOException e) {
            // Not a readable jar: the JVM reports it when it loads from it; nothing is added here.
        }
        return out;
    }

    /** A JavaFX modular jar: {@code javafx-NAME-VERSION-PLATFORM.jar} with a module descriptor (not Maven's empty ones). */
    static boolean isJavaFxModule(Path p) {
        String name = String.valueOf(p.getFileName());
        if (!name.startsWith("javafx-") || !name.endsWith(".jar") || !Files.isRegularFile(p)) {
            return false;
        }
        try (JarFile j = new JarFile(p.toFile())) {
            return j.getEntry("module-info.class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The JavaFX modular jars in {@code javafx/} beside a jar of the class path (where the build copies them). */
    private static List<Path> besideTheJar(List<Path> classPath) {
        for (Path p : classPath) {
            Path dir = p.getParent() == null ? null : p.getParent().resolve("javafx");
            if (p.toString().endsWith(".jar") && dir != null && Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> fx = files.filter(ModularLaunch::isJavaFxModule).sorted().toList();
                    if (!fx.isEmpty()) {
                        return fx;
                    }
                } catch (IOException e) {
                    // Unreadable: JavaFX then loads from the class path, as without the folder.
                }
            }
        }
        return List.of();
    }

    /**
     * The class path again, but every package of the JavaFX layer comes from there (the reader's jar holds
     * JavaFX too, for a copy run alone). Parallel capable, as the application class loader is.
     */
    static final class FxLayerLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        /** The loader's name, which the launch it runs checks. */
        static final String NAME = "reader-with-javafx-modules";
        private final Map<String, ClassLoader> fxPackages;

        FxLayerLoader(URL[] urls, Map<String, ClassLoader> fxPackages) {
            super(NAME, urls, ClassLoader.getPlatformClassLoader());
            this.fxPackages = Map.copyOf(fxPackages);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            int dot = name.lastIndexOf('.');
            ClassLoader fx = dot < 0 ? null : fxPackages.get(name.substring(0, dot));
            if (fx != null) {
                return fx.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
