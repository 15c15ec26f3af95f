package searchengine.compat;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.classic.ClassicFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.lucene.analysis.miscellaneous.DisableGraphAttribute;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static searchengine.compat.Factories.checkNgramDiff;
import static searchengine.compat.Factories.filter;
import static searchengine.compat.Factories.filterNeedingSettings;

/** Token filters under analysis-common's names and settings keys. */
final class TokenFilters {

    private TokenFilters() {}

    @SuppressWarnings("deprecation") // TruncateTokenFilter's constructor, as in Elasticsearch itself
    static Map<String, AnalysisProvider<TokenFilterFactory>> all() {
        Map<String, AnalysisProvider<TokenFilterFactory>> f = new TreeMap<>();
        f.put("asciifolding", filter(true, (i, e, s) -> {
            boolean preserve = s.getAsBoolean("preserve_original", false);
            return ts -> new ASCIIFoldingFilter(ts, preserve);
        }));
        f.put("lowercase", filter(true, (i, e, s) -> {
            String lang = s.get("language");
            if (lang == null) {
                return org.apache.lucene.analysis.LowerCaseFilter::new;
            }
            return switch (lang.toLowerCase(Locale.ROOT)) {
                case "greek" -> GreekLowerCaseFilter::new;
                case "irish" -> IrishLowerCaseFilter::new;
                case "turkish" -> TurkishLowerCaseFilter::new;
                default -> throw new IllegalArgumentException("language [" + lang + "] not support for lower case");
            };
        }));
        f.put("uppercase", filter(true, (i, e, s) -> UpperCaseFilter::new));
        f.put("ngram", filter(false, (i, e, s) -> {
            int min = s.getAsInt("min_gram", 1);
            int max = s.getAsInt("max_gram", 2);
            checkNgramDiff(i, min, max, "NGram Tokenizer");
            boolean preserve = s.getAsBoolean("preserve_original", false);
            return ts -> new NGramTokenFilter(ts, min, max, preserve);
        }));
        f.put("edge_ngram", filter(false, (i, e, s) -> {
            int min = s.getAsInt("min_gram", 1);
            int max = s.getAsInt("max_gram", 2);
            boolean preserve = s.getAsBoolean("preserve_original", false);
            String side = s.get("side", "front");
            if ("back".equalsIgnoreCase(side)) {
                return ts -> new ReverseStringFilter(new EdgeNGramTokenFilter(new ReverseStringFilter(ts), min, max, preserve));
            }
            if ("front".equalsIgnoreCase(side) == false) {
                throw new IllegalArgumentException("invalid side: [" + side + "], must be either [front] or [back]");
            }
            return ts -> new EdgeNGramTokenFilter(ts, min, max, preserve);
        }));
        f.put("stemmer", filter(false, (i, e, s) -> Stemmers.stemmer(s.get("language", s.get("name", "porter")))));
        f.put("snowball", filter(false, (i, e, s) -> {
            String lang = s.get("language", "English");
            return ts -> new SnowballFilter(ts, lang);
        }));
        f.put("porter_stem", filter(false, (i, e, s) -> PorterStemFilter::new));
        f.put("kstem", filter(false, (i, e, s) -> KStemFilter::new));
        f.put("elision", filterNeedingSettings(true, (i, e, s) -> {
            CharArraySet articles = Analysis.parseArticles(e, s);
            if (articles == null) {
                throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
            }
            return ts -> new ElisionFilter(ts, articles);
        }));
        f.put("keyword_marker", filterNeedingSettings(false, (i, e, s) -> {
            boolean ignoreCase = s.getAsBoolean("ignore_case", false);
            CharArraySet words = Analysis.getWordSet(e, s, "keywords");
            if (words == null) {
                throw new IllegalArgumentException("keyword filter requires either [keywords] or [keywords_path] to be configured");
            }
            CharArraySet set = new CharArraySet(words, ignoreCase);
            return ts -> new SetKeywordMarkerFilter(ts, set);
        }));
        f.put("length", filter(false, (i, e, s) -> {
            int min = s.getAsInt("min", 0);
            int max = s.getAsInt("max", Integer.MAX_VALUE);
            return ts -> new LengthFilter(ts, min, max);
        }));
        f.put("truncate", filter(false, (i, e, s) -> {
            int length = s.getAsInt("length", 10);
            return ts -> new TruncateTokenFilter(ts, length);
        }));
        f.put("trim", filter(true, (i, e, s) -> TrimFilter::new));
        f.put("reverse", filter(false, (i, e, s) -> ReverseStringFilter::new));
        f.put("classic", filter(false, (i, e, s) -> ClassicFilter::new));
        f.put("decimal_digit", filter(true, (i, e, s) -> DecimalDigitFilter::new));
        f.put("cjk_width", filter(true, (i, e, s) -> CJKWidthFilter::new));
        f.put("cjk_bigram", filter(false, (i, e, s) -> {
            int flags = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
            for (String script : s.getAsList("ignored_scripts")) {
                switch (script.toLowerCase(Locale.ROOT)) {
                    case "han" -> flags &= ~CJKBigramFilter.HAN;
                    case "hiragana" -> flags &= ~CJKBigramFilter.HIRAGANA;
                    case "katakana" -> flags &= ~CJKBigramFilter.KATAKANA;
                    case "hangul" -> flags &= ~CJKBigramFilter.HANGUL;
                    default -> { }
                }
            }
            final int finalFlags = flags;
            boolean unigrams = s.getAsBoolean("output_unigrams", false);
            return ts -> {
                CJKBigramFilter filter = new CJKBigramFilter(ts, finalFlags, unigrams);
                if (unigrams) {
                    filter.addAttribute(DisableGraphAttribute.class);
                }
                return filter;
            };
        }));
        f.put("arabic_normalization", filter(true, (i, e, s) -> ArabicNormalizationFilter::new));
        f.put("arabic_stem", filter(false, (i, e, s) -> ArabicStemFilter::new));
        f.put("persian_normalization", filter(true, (i, e, s) -> PersianNormalizationFilter::new));
        f.put("german_normalization", filter(true, (i, e, s) -> GermanNormalizationFilter::new));
        return f;
    }
}
