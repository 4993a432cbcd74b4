package app.limber.content.ui;

import app.limber.content.RoutineService;
import app.limber.content.VideoService;
import org.jspecify.annotations.Nullable;

/**
 * What a step dialog needs for pictures and videos: the services and the routine the pictures belong to (null while
 * the routine is new and not saved yet: then a step takes no picture).
 */
record StepMedia(RoutineService routines, VideoService videos, @Nullable Long routineId) {
}
