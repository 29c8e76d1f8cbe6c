package io.miningaudit.intake;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * YAML read as plain data, the way a case file is meant: an anchor, an alias or a tag stops the reading where it
 * stands (Jackson would read an alias as its anchor's name, a tag as nothing). SnakeYAML's limit on a document's
 * size is lifted: the reading streams, so a case of any size reads in the memory of one record, as JSON does.
 */
final class PlainYaml {
    private PlainYaml() {
    }

    static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML refuses a stream of more than 3 MiB by default, a guard for loading a document whole; the case
        // file's tables are read one event at a time, and the tool's own generate output must read at any size.
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new Factory(YAMLFactory.builder().loaderOptions(options));
    }

    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }
    }

    private static final class Parser extends YAMLParser {
        Parser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
               Reader reader) {
            super(context, features, yamlFeatures, options, codec, reader);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event event = super.getEvent();
            if (event instanceof AliasEvent alias) {
                throw refused(event, "an alias (*" + Values.name(alias.getAnchor()) + ")");
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                throw refused(event, "an anchor (&" + Values.name(node.getAnchor()) + ")");
            }
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
            if (tag != null) {
                throw refused(event, "a tag (" + Values.name(tag) + ")");
            }
            return event;
        }

        private JsonParseException refused(Event event, String what) {
            return new JsonParseException(this, what + " is not allowed: a case file is plain data, without"
                    + " anchors, aliases or tags", _locationFor(event.getStartMark()));
        }
    }
}
