package io.miningaudit.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import org.drools.model.Model;

/**
 * One rule file compiled to Drools' executable model: the jar of generated classes, and the models they define,
 * loaded through a class loader of the file's own (so two files of one DRL package do not collide).
 */
final class CompiledRuleFile {
    private final String rel;
    private final Path file;
    private final byte[] jar;

    CompiledRuleFile(String rel, Path file, byte[] jar) {
        this.rel = rel;
        this.file = file;
        this.jar = jar;
    }

    String rel() {
        return rel;
    }

    Path file() {
        return file;
    }

    byte[] jar() {
        return jar;
    }

    /** The rule models the jar defines, each a fresh instance. */
    List<Model> models() {
        Map<String, byte[]> entries = new HashMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("compiled rules of " + file + " unreadable", e);
        }
        Loader loader = new Loader(entries, CompiledRuleFile.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        boolean listed = false;
        for (var entry : entries.entrySet()) {
            if (entry.getKey().startsWith("META-INF/kie/") && entry.getKey().endsWith("/drools-model")) {
                listed = true;
                for (String line : new String(entry.getValue(), StandardCharsets.UTF_8).split("\n")) {
                    String name = line.trim();
                    if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                        continue;
                    }
                    try {
                        models.add((Model) loader.loadClass(name).getConstructor().newInstance());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("compiled rules of " + file + ": cannot load " + name, e);
                    }
                }
            }
        }
        if (!listed) {
            // A damaged jar reads as one with fewer entries: without its list of models it is no compiled file.
            throw new IllegalStateException("compiled rules of " + file + " list no rule models");
        }
        return models;
    }

    /** Defines the jar's classes on demand; everything else comes from the application. */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> entries;

        Loader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = entries.get(name);
            return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }
    }
}
