package org.jadepost.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;

/**
 * Lets views read record components ({@code #{user.address}}) the way they read bean properties.
 * Expression Language 5 (Jakarta EE 10) only knows getters, and the boundaries return read models
 * as records. Read-only, as records are.
 */
public class RecordELResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    RecordComponent component = component(base, property);
    if (component == null) {
      return null;
    }
    try {
      Object value = component.getAccessor().invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new jakarta.el.ELException("Cannot read " + property + " of " + base.getClass(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    RecordComponent component = component(base, property);
    if (component == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    // Null: the property is read-only (ELResolver contract).
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record is read-only");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static RecordComponent component(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return null;
    }
    for (RecordComponent component : base.getClass().getRecordComponents()) {
      if (Objects.equals(component.getName(), name)) {
        return component;
      }
    }
    return null;
  }
}
