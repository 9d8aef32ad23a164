package dev.asynciotck.properties;

import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.io.File;
import java.util.LinkedHashSet;
import java.util.Set;

/** A property as a test of the JUnit Platform: its name, its clause ids as tags, its declaring line as source. */
final class PropertyDescriptor extends AbstractTestDescriptor {

    private final Property<?> property;

    PropertyDescriptor(UniqueId id, Property<?> property) {
        super(id, property.name(), source(property.where()));
        this.property = property;
    }

    Property<?> property() {
        return property;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>();
        property.clauses().forEach(id -> tags.add(TestTag.create(id)));
        return tags;
    }

    private static FileSource source(String where) {
        int colon = where.lastIndexOf(':');
        return colon < 0 ? null : FileSource.from(new File(where.substring(0, colon)),
                FilePosition.from(Integer.parseInt(where.substring(colon + 1))));
    }
}
