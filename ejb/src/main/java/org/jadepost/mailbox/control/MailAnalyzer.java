package org.jadepost.mailbox.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits mail text for the full-text index: words for alphabetic scripts (Unicode word breaks, so
 * {@code carol@partner.example} yields {@code carol} and {@code partner.example}), overlapping
 * pairs of characters for Chinese, Japanese and Korean, which have no spaces. The index side keeps
 * the single characters too, so a one-character query ({@code 会}) still finds {@code 会议}; the query
 * side makes only pairs, which a phrase query chains ({@code 会议安排} is 会议 议安 安排).
 */
final class MailAnalyzer extends Analyzer {

  private final boolean unigrams;

  private MailAnalyzer(boolean unigrams) {
    this.unigrams = unigrams;
  }

  /** The analyzer the index is written with. */
  static MailAnalyzer forIndex() {
    return new MailAnalyzer(true);
  }

  /** The analyzer queries are split with. */
  static MailAnalyzer forQuery() {
    return new MailAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    Tokenizer source = new StandardTokenizer();
    TokenStream words = new LowerCaseFilter(new CJKWidthFilter(source));
    int scripts =
        CJKBigramFilter.HAN
            | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;
    return new TokenStreamComponents(source, new CJKBigramFilter(words, scripts, unigrams));
  }

  @Override
  protected TokenStream normalize(String field, TokenStream in) {
    return new LowerCaseFilter(new CJKWidthFilter(in));
  }
}
