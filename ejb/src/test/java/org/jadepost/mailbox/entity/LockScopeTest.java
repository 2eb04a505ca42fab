package org.jadepost.mailbox.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LockScopeTest {

  @Test
  void ofShouldPutSystemFoldersUnderTheirScopeAndCustomFoldersUnderMyFolders() {
    assertThat(LockScope.of(SpecialUse.INBOX)).contains(LockScope.INBOX);
    assertThat(LockScope.of(SpecialUse.TRASH)).contains(LockScope.DELETED);
    assertThat(LockScope.of(SpecialUse.JUNK)).contains(LockScope.SPAM);
    assertThat(LockScope.of(null)).contains(LockScope.MY_FOLDERS);
  }

  @Test
  void ofShouldLeaveToDoAndDoneUnprotectable() {
    assertThat(LockScope.of(SpecialUse.TODO)).isEmpty();
    assertThat(LockScope.of(SpecialUse.DONE)).isEmpty();
    assertThat(LockScope.values()).hasSize(7);
  }
}
