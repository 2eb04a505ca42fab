package org.jadepost.web.webmail.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jadepost.mailbox.entity.MailSearch;
import org.junit.jupiter.api.Test;

class SearchFormTest {

  private final SearchForm form = new SearchForm();

  @Test
  void toSearchShouldTakeBothDaysOfTheRangeWhole() {
    form.setAfter(LocalDate.of(2026, 11, 1));
    form.setBefore(LocalDate.of(2026, 11, 27));

    MailSearch search = form.toSearch(7, Optional.empty());

    assertThat(search.after())
        .isEqualTo(LocalDate.of(2026, 11, 1).atStartOfDay(MailFormat.ZONE).toInstant());
    assertThat(search.before())
        .as("exclusive end: the start of the day after the last one asked")
        .isEqualTo(LocalDate.of(2026, 11, 28).atStartOfDay(MailFormat.ZONE).toInstant());
  }

  @Test
  void toSearchShouldSearchTheOpenFolderAChosenOneOrAll() {
    form.setQuery("budget");
    assertThat(form.toSearch(7, Optional.empty()).folderId()).isEqualTo(7L);

    form.setScope("12");
    assertThat(form.toSearch(7, Optional.empty()).folderId()).isEqualTo(12L);
    assertThat(form.isAcrossFolders()).isFalse();

    form.setScope(SearchForm.ALL_FOLDERS);
    assertThat(form.toSearch(7, Optional.empty()).folderId()).isNull();
    assertThat(form.isAcrossFolders()).isTrue();

    form.setScope("not-a-folder");
    assertThat(form.toSearch(7, Optional.empty()).folderId()).isEqualTo(7L);
  }

  @Test
  void isBlankShouldBeTrueWhenOnlyWhereToSearchIsGiven() {
    form.setScope(SearchForm.ALL_FOLDERS);
    form.setQuery("  ");
    assertThat(form.isBlank()).isTrue();

    form.setTagId(3L);
    assertThat(form.isBlank()).as("a tag alone is a criterion").isFalse();
    assertThat(form.toSearch(7, Optional.of("$urgent")).keyword()).isEqualTo("$urgent");
  }

  @Test
  void clearShouldForgetEveryCriterionAndSearchTheOpenFolderAgain() {
    form.setFrom("bob");
    form.setAfter(LocalDate.of(2026, 1, 1));
    form.setScope(SearchForm.ALL_FOLDERS);

    form.clear();

    assertThat(form.isBlank()).isTrue();
    assertThat(form.getScope()).isEqualTo(SearchForm.OPEN_FOLDER);
  }
}
