package org.secondlook.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of roles as a comma-separated list of role names, e.g. {@code ADMIN,SUPERVISOR}. */
@Converter
public class RolesConverter implements AttributeConverter<Set<Role>, String> {
    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return roles == null ? "" : roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityAttribute(String text) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                roles.add(Role.parse(part));
            }
        }
        return roles;
    }
}
