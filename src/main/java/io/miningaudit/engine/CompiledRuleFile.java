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
    /** The jar's entry that lists the parameters the file reads, one per line: name, line, column, rule. */
    private static final String READS = "META-INF/mining-audit/parameters-read";

    private final byte[] jar;
    private List<Model> models;
    private List<ParameterUse.Read> reads;

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

    /** The jar Drools wrote, with the parameters the file reads added, as the cache keeps it. */
    static byte[] withReads(byte[] jar, List<ParameterUse.Read> reads) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(jar.length + 256);
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar));
             java.util.jar.JarOutputStream out = in.getManifest() == null ? new java.util.jar.JarOutputStream(bytes)
                     : new java.util.jar.JarOutputStream(bytes, in.getManifest())) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                out.putNextEntry(new JarEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry(READS));
            StringBuilder text = new StringBuilder();
            for (ParameterUse.Read r : reads) {
                text.append(r.name()).append('\t').append(r.line()).append('\t').append(r.column()).append('\t')
                        .append(r.rule()).append('\n');
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write compiled rules", e);
        }
        return bytes.toByteArray();
    }

    /** The parameters the file reads ({@code Parameter(name == "...")}), located in the file as it is now. */
    synchronized List<ParameterUse.Read> parameterReads() {
        models();
        return reads;
    }

    /** The rule models the jar defines, loaded on first use. */
    synchronized List<Model> models() {
        if (models == null) {
            models = List.copyOf(load());
        }
        return models;
    }

    private List<Model> load() {
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
        byte[] listedReads = entries.get(READS);
        if (listedReads == null) {
            throw new IllegalStateException("compiled rules of " + file + " list no parameters read");
        }
        List<ParameterUse.Read> found = new ArrayList<>();
        for (String line : new String(listedReads, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\t", 4);
            if (f.length == 4) {
                found.add(new ParameterUse.Read(f[0], file, Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
            }
        }
        reads = List.copyOf(found);
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
