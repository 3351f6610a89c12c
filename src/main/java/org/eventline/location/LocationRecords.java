package org.eventline.location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.write.Entries;
import org.eventline.write.EntryConstraints;
import org.eventline.write.ExternalIds;
import org.eventline.write.MatcherFactory;
import org.eventline.write.Problems;
import org.eventline.write.RecordKind;
import org.eventline.write.References;

/** Places as curators and importers write them; a place may not move inside itself. */
@ApplicationScoped
public class LocationRecords implements RecordKind<Location, LocationEntry, LocationView> {

    @Inject
    LocationRepository repository;
    @Inject
    EntryConstraints constraints;
    @Inject
    MatcherFactory<Location> matchers;

    @Override
    public String noun() {
        return "location";
    }

    @Override
    public Class<LocationEntry> entryType() {
        return LocationEntry.class;
    }

    @Override
    public Optional<Location> find(String idOrSlug) {
        return repository.findByIdOrSlug(idOrSlug);
    }

    @Override
    public References<Location> newReferences() {
        return new References<>("location", repository::findBySlug, matchers.newMatcher());
    }

    @Override
    public UUID entryId(LocationEntry entry) {
        return entry.id();
    }

    @Override
    public UUID id(Location location) {
        return location.id;
    }

    @Override
    public String slug(Location location) {
        return location.slug;
    }

    @Override
    public String entrySlug(LocationEntry entry) {
        return entry.slug();
    }

    @Override
    public LocationEntry entry(Location location) {
        return new LocationEntry(location.id, location.slug, location.name, location.kind,
                location.parent == null ? null : location.parent.slug, location.aliases,
                location.longitude == null ? null : new LocationEntry.Point(location.longitude, location.latitude),
                location.locationPrecision, location.description, location.externalIds);
    }

    @Override
    public Location build(LocationEntry entry, String path, References<Location> locations, Problems problems) {
        constraints.check(entry, path, problems);
        boolean complete = problems.require(entry.name(), Problems.field(path, "name"))
                & problems.require(entry.kind(), Problems.field(path, "kind"))
                & problems.require(entry.locationPrecision(), Problems.field(path, "location_precision"));
        if (entry.point() != null) {
            complete &= checkPoint(entry.point(), Problems.field(path, "point"), problems);
        }
        complete &= ExternalIds.check(entry.externalIds(), Problems.field(path, "external_ids"), problems);
        Location parent = entry.parent() == null ? null : locations.resolve(entry.parent(), Problems.field(path, "parent"), problems);
        if (!complete || (entry.parent() != null && parent == null)) {
            return null;
        }
        Location location = new Location();
        location.id = Entries.idOrNew(entry.id());
        location.slug = entry.slug();
        location.name = entry.name();
        location.kind = entry.kind();
        location.parent = parent;
        location.aliases = new ArrayList<>(Entries.orEmpty(entry.aliases()));
        location.longitude = entry.point() == null ? null : entry.point().lon();
        location.latitude = entry.point() == null ? null : entry.point().lat();
        location.locationPrecision = entry.locationPrecision();
        location.description = entry.description();
        location.externalIds = ExternalIds.copy(entry.externalIds());
        return location;
    }

    private static boolean checkPoint(LocationEntry.Point point, String path, Problems problems) {
        return checkPosition(point.lon(), point.lat(), path, problems);
    }

    /** A WGS 84 position, as places and events (their source's point) are checked alike: both parts, in range. */
    public static boolean checkPosition(Double lon, Double lat, String path, Problems problems) {
        boolean valid = true;
        if (lon == null || lon < -180 || lon > 180) {
            problems.add(Problems.field(path, "lon"), "must be a longitude between -180 and 180");
            valid = false;
        }
        if (lat == null || lat < -90 || lat > 90) {
            problems.add(Problems.field(path, "lat"), "must be a latitude between -90 and 90");
            valid = false;
        }
        return valid;
    }

    @Override
    public void copy(Location from, Location to, Problems problems) {
        if (from.parent != null && repository.contains(to.id, from.parent.id)) {
            problems.add("parent", "'" + from.parent.slug + "' lies inside '" + to.slug
                    + "': a place cannot move inside itself");
            return;
        }
        to.name = from.name;
        to.kind = from.kind;
        to.parent = from.parent;
        to.aliases = new ArrayList<>(from.aliases);
        to.longitude = from.longitude;
        to.latitude = from.latitude;
        to.locationPrecision = from.locationPrecision;
        to.description = from.description;
        to.externalIds = ExternalIds.copy(from.externalIds);
    }

    @Override
    public String mergeRefusal(Location location, Location into) {
        return repository.contains(location.id, into.id)
                ? "'" + into.slug + "' lies inside '" + location.slug + "': a place cannot merge into a place inside it"
                : null;
    }

    @Override
    public void merge(Location location, Location into) {
        List<String> names = new ArrayList<>(into.aliases);
        for (String name : Stream.concat(Stream.of(location.name), location.aliases.stream()).toList()) {
            if (!name.equals(into.name) && !names.contains(name)) {
                names.add(name);
            }
        }
        into.aliases = names;
        location.externalIds.forEach(into.externalIds::putIfAbsent);
        repository.mergeInto(location.id, into.id);
    }

    @Override
    public void persist(Location location) {
        repository.persist(location);
    }

    @Override
    public void delete(Location location) {
        repository.delete(location);
    }

    @Override
    public LocationView view(Location location) {
        return LocationView.of(location, repository.parentChain(location).stream().map(LocationRef::of).toList(),
                repository.children(location).stream().map(LocationRef::of).toList());
    }

    @Override
    public List<UUID> eventsShowing(Location location) {
        return repository.findEventsShowing(location.id);
    }

    @Override
    public List<String> references(Location location) {
        return repository.findReferences(location.id);
    }
}
