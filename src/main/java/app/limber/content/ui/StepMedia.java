package app.limber.content.ui;

import app.limber.content.RoutineService;
import app.limber.content.VideoService;

/** What a step dialog needs for pictures and videos: the services and the routine the pictures belong to. */
record StepMedia(RoutineService routines, VideoService videos, long routineId) {
}
