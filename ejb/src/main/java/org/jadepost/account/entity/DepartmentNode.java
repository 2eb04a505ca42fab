package org.jadepost.account.entity;

import java.util.List;

/** A department with its sub-departments and member count, for the org tree views. */
public record DepartmentNode(
    long id, String name, long memberCount, List<DepartmentNode> children) {}
