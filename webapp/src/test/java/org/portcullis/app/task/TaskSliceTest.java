package org.portcullis.app.task;

import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.casework.cases.ControlRecordRepository;
import org.portcullis.processes.clearance.OfficerDecisions;
import org.portcullis.processes.clearance.TaskClaims;
import org.portcullis.processes.identity.OfficerDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the web slice tests of task pages and task forms stand on: the open and past tasks, the case files, the
 * records what became of a task is read from, and the officers' work on tasks, all mocked.
 */
abstract class TaskSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OfficerTasks tasks;

    @MockitoBean
    OfficerCaseFiles caseFiles;

    @MockitoBean
    CaseFileRepository cases;

    @MockitoBean
    ControlRecordRepository controls;

    @MockitoBean
    OfficerDecisions officers;

    @MockitoBean
    TaskClaims claims;

    @MockitoBean
    OfficerDirectory directory;
}
