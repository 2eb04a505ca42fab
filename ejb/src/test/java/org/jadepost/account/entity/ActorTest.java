package org.jadepost.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void localPartShouldBeTheMailboxNameOfAccountsOnly() {
    assertThat(
            new Actor(Actor.Kind.USER, "wang.li@例子.中国", "xn--fsqu00a.xn--fiqs8s", "王").localPart())
        .isEqualTo("wang.li");
    assertThat(new Actor(Actor.Kind.PROVIDER_ADMIN, "admin", null, "admin").localPart()).isNull();
  }

  @Test
  void administersShouldCoverOwnDomainOnlyExceptForTheProvider() {
    Actor boss = new Actor(Actor.Kind.DOMAIN_ADMIN, "boss@a.com", "a.com", "Boss");

    assertThat(boss.administers("a.com")).isTrue();
    assertThat(boss.administers("b.com")).isFalse();
    assertThat(new Actor(Actor.Kind.PROVIDER_ADMIN, "admin", null, "admin").administers("b.com"))
        .isTrue();
    assertThat(new Actor(Actor.Kind.USER, "u@a.com", "a.com", "U").administers("a.com")).isFalse();
  }
}
