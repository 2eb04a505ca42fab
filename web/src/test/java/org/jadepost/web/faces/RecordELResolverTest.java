package org.jadepost.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.jadepost.account.entity.Actor;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  private final RecordELResolver resolver = new RecordELResolver();
  private final Actor actor = new Actor(Actor.Kind.USER, "u@a.com", "a.com", "王小明");

  @Test
  void getValueShouldReadRecordComponentsAndMarkResolved() {
    ELContext context = context();

    assertThat(resolver.getValue(context, actor, "displayName")).isEqualTo("王小明");
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void getValueShouldLeaveOtherBasesAndUnknownNamesToOtherResolvers() {
    ELContext context = context();

    assertThat(resolver.getValue(context, "not a record", "length")).isNull();
    assertThat(resolver.getValue(context, actor, "providerAdmin")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void setValueShouldRefuseBecauseRecordsAreImmutable() {
    assertThatThrownBy(() -> resolver.setValue(context(), actor, "login", "x"))
        .isInstanceOf(PropertyNotWritableException.class);
    assertThat(resolver.isReadOnly(context(), actor, "login")).isTrue();
  }

  // A bare context: only the resolved flag matters here, no EL implementation is needed.
  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }
}
