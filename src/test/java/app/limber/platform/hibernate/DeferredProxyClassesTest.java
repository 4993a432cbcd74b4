package app.limber.platform.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.limber.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityNotFoundException;
import org.hibernate.Hibernate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.property.access.spi.PropertyAccess;
import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hibernate's proxy classes are made on first use, and proxies still work (DeferredProxyClasses). */
class DeferredProxyClassesTest extends IntegrationTest {

    private static final String PERSON = "app.limber.account.Person";
    private static final String PROGRAM = "app.limber.program.Program";

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private EntityPersister entity(String name) {
        return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(name);
    }

    @Test
    void everyEntityGetsADeferredProxyFactoryAndNoClassIsMadeUntilAProxyIsNeeded() {
        var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        metamodel.forEachEntityDescriptor(entity -> assertThat(entity.getRepresentationStrategy().getProxyFactory())
                .as(entity.getEntityName()).isInstanceOf(DeferredProxyClasses.DeferredProxyFactory.class));

        // Nothing ever refers to a person lazily, so no proxy class is made for it.
        var people = (DeferredProxyClasses.DeferredProxyFactory) entity(PERSON).getRepresentationStrategy()
                .getProxyFactory();
        assertThat(people.classMade()).isFalse();
        assertThatThrownBy(() -> Class.forName(PERSON + "$HibernateProxy", false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aReferenceIsStillALazyProxyThatGoesToTheDatabaseWhenUsed() {
        try (Session session = entityManagerFactory.createEntityManager().unwrap(Session.class)) {
            Object program = session.getReference(PROGRAM, 999_999L);

            assertThat(program).isInstanceOf(HibernateProxy.class);
            assertThat(Hibernate.isInitialized(program)).isFalse();
            assertThat(((DeferredProxyClasses.DeferredProxyFactory) entity(PROGRAM).getRepresentationStrategy()
                    .getProxyFactory()).classMade()).isTrue();
            // Using it reads the row, and there is none with that id.
            assertThatThrownBy(() -> Hibernate.initialize(program)).isInstanceOf(EntityNotFoundException.class);
        }
    }

    /** Skipping Hibernate's reflection optimizer loses nothing: for Limber's entities (private fields) it has none. */
    @Test
    void hibernatesOwnProviderHasNoReflectionOptimizerForAnyEntity() {
        var sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        var provider = sessionFactory.getServiceRegistry().requireService(BytecodeProvider.class);
        assertThat(provider).isInstanceOf(DeferredProxyClasses.DeferringBytecodeProvider.class);
        BytecodeProvider hibernates = ((DeferredProxyClasses.DeferringBytecodeProvider) provider).hibernates();

        List<String> checked = new ArrayList<>();
        sessionFactory.getMappingMetamodel().forEachEntityDescriptor(entity -> {
            Map<String, PropertyAccess> accesses = new LinkedHashMap<>();
            entity.forEachAttributeMapping(attribute -> accesses.put(attribute.getAttributeName(),
                    attribute.getPropertyAccess()));
            assertThat(hibernates.getReflectionOptimizer(entity.getMappedClass(), accesses))
                    .as(entity.getEntityName()).isNull();
            checked.add(entity.getEntityName());
        });
        assertThat(checked).hasSizeGreaterThan(20);
    }
}
