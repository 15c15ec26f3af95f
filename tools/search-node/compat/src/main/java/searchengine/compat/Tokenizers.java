package searchengine.compat;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static searchengine.compat.Factories.checkNgramDiff;
import static searchengine.compat.Factories.tokenChars;
import static searchengine.compat.Factories.tokenizer;

/** Tokenizers and char filters under analysis-common's names and settings keys. */
final class Tokenizers {

    private Tokenizers() {}

    static Map<String, AnalysisProvider<TokenizerFactory>> all() {
        Map<String, AnalysisProvider<TokenizerFactory>> t = new TreeMap<>();
        t.put("ngram", ngram(false));
        t.put("edge_ngram", ngram(true));
        t.put("whitespace", tokenizer((i, e, s) -> {
            int max = s.getAsInt("max_token_length", 255);
            return () -> new WhitespaceTokenizer(WhitespaceTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, max);
        }));
        t.put("keyword", tokenizer((i, e, s) -> {
            int buffer = s.getAsInt("buffer_size", 256);
            return () -> new KeywordTokenizer(buffer);
        }));
        t.put("letter", tokenizer((i, e, s) -> LetterTokenizer::new));
        t.put("classic", withMaxTokenLength(ClassicTokenizer::new, ClassicTokenizer::setMaxTokenLength));
        t.put("uax_url_email", withMaxTokenLength(UAX29URLEmailTokenizer::new, UAX29URLEmailTokenizer::setMaxTokenLength));
        return t;
    }

    /** "ngram" or "edge_ngram": "min_gram", "max_gram" and "token_chars" as in analysis-common. */
    private static AnalysisProvider<TokenizerFactory> ngram(boolean edge) {
        return tokenizer((i, e, s) -> {
            int min = s.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
            int max = s.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
            if (!edge) {
                checkNgramDiff(i, min, max, "NGram Tokenizer");
            }
            Predicate<Integer> chars = tokenChars(s);
            if (chars == null) {
                return edge ? () -> new EdgeNGramTokenizer(min, max) : () -> new NGramTokenizer(min, max);
            }
            if (edge) {
                return () -> new EdgeNGramTokenizer(min, max) {
                    @Override
                    protected boolean isTokenChar(int chr) { return chars.test(chr); }
                };
            }
            return () -> new NGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int chr) { return chars.test(chr); }
            };
        });
    }

    /** A tokenizer with the "max_token_length" setting (default 255). */
    private static <T extends Tokenizer> AnalysisProvider<TokenizerFactory> withMaxTokenLength(
            Supplier<T> make, ObjIntConsumer<T> limit) {
        return tokenizer((i, e, s) -> {
            int max = s.getAsInt("max_token_length", 255);
            return () -> {
                T tok = make.get();
                limit.accept(tok, max);
                return tok;
            };
        });
    }

    static Map<String, AnalysisProvider<CharFilterFactory>> charFilters() {
        Map<String, AnalysisProvider<CharFilterFactory>> c = new TreeMap<>();
        c.put("html_strip", (index, env, name, s) -> {
            List<String> escaped = s.getAsList("escaped_tags");
            Set<String> tags = escaped.isEmpty() ? null : new HashSet<>(escaped);
            return new CharFilterFactory() {
                public String name() { return name; }
                public Reader create(Reader reader) { return new HTMLStripCharFilter(reader, tags); }
            };
        });
        return c;
    }
}
