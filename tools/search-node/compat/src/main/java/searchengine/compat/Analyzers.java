package searchengine.compat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import static searchengine.compat.Factories.analyzer;
import static searchengine.compat.Factories.stemExclusion;
import static searchengine.compat.Factories.stopwords;

/** Lucene's language analyzers under Elasticsearch's names. */
final class Analyzers {

    private Analyzers() {}

    /** A language: its analyzer with default settings, and with stop words and stem exclusions of its own. */
    private record Language(
        String name,
        Supplier<Analyzer> prebuilt,
        CharArraySet stopwords,
        BiFunction<CharArraySet, CharArraySet, Analyzer> build
    ) {}

    private static final List<Language> LANGUAGES = List.of(
        new Language("english", EnglishAnalyzer::new, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, EnglishAnalyzer::new),
        new Language("french", FrenchAnalyzer::new, FrenchAnalyzer.getDefaultStopSet(), FrenchAnalyzer::new),
        new Language("spanish", SpanishAnalyzer::new, SpanishAnalyzer.getDefaultStopSet(), SpanishAnalyzer::new),
        new Language(
            "portuguese", PortugueseAnalyzer::new, PortugueseAnalyzer.getDefaultStopSet(), PortugueseAnalyzer::new),
        new Language("russian", RussianAnalyzer::new, RussianAnalyzer.getDefaultStopSet(), RussianAnalyzer::new),
        new Language("arabic", ArabicAnalyzer::new, ArabicAnalyzer.getDefaultStopSet(), ArabicAnalyzer::new),
        new Language("german", GermanAnalyzer::new, GermanAnalyzer.getDefaultStopSet(), GermanAnalyzer::new),
        new Language("italian", ItalianAnalyzer::new, ItalianAnalyzer.getDefaultStopSet(), ItalianAnalyzer::new),
        new Language("dutch", DutchAnalyzer::new, DutchAnalyzer.getDefaultStopSet(), DutchAnalyzer::new),
        // CJK takes no stem exclusions.
        new Language(
            "cjk", CJKAnalyzer::new, CJKAnalyzer.getDefaultStopSet(), (stopwords, exclusions) -> new CJKAnalyzer(stopwords))
    );

    /** Configurable with "stopwords", "stopwords_path" and "stem_exclusion", like in ES. */
    static Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> all() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> a = new TreeMap<>();
        for (Language language : LANGUAGES) {
            a.put(language.name(), analyzer((e, s) ->
                language.build().apply(stopwords(e, s, language.stopwords()), stemExclusion(s))));
        }
        return a;
    }

    /** The same analyzers with default settings, usable by name in mappings and _analyze (ES registers both too). */
    static List<PreBuiltAnalyzerProviderFactory> prebuilt() {
        return LANGUAGES.stream().map(language -> prebuilt(language.name(), language.prebuilt())).toList();
    }

    private static PreBuiltAnalyzerProviderFactory prebuilt(String name, Supplier<Analyzer> supplier) {
        return new PreBuiltAnalyzerProviderFactory(name, CachingStrategy.LUCENE, supplier);
    }
}
