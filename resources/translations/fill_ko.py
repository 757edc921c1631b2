#!/usr/bin/env python3
"""Fills computestudio_ko.ts from the Korean glossary below (terms as the source documents,
seeds/*.txt, use them: 컴퓨팅 인스턴스, 컴퓨팅 클러스터, 유추 클러스터, 연결된 컴퓨팅,
작업 영역, 로컬 컴퓨터). Run after `cmake --build build --target update_translations`;
sources missing from the glossary are listed and left unfinished."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

KO = {
    'Local machine': '로컬 컴퓨터',
    'Compute instance': '컴퓨팅 인스턴스',
    'Compute cluster': '컴퓨팅 클러스터',
    'Inference cluster': '유추 클러스터',
    'Attached compute': '연결된 컴퓨팅',
    'Unknown': '알 수 없음',
    'Creating': '만드는 중',
    'Updating': '업데이트 중',
    'Deleting': '삭제 중',
    'Succeeded': '성공',
    'Failed': '실패',
    'Canceled': '취소됨',
    'Running': '실행 중',
    'Stopped': '중지됨',
    'Starting': '시작 중',
    'Stopping': '중지 중',
    'Restarting': '다시 시작 중',
    'Idle': '유휴',
    'Resizing': '크기 조정 중',
    'Steady': '안정',
    'Unusable': '사용할 수 없음',
    '1 core, %1': '코어 1개, %1',
    '%1 cores, %2': '코어 %1개, %2',
    'Could not read the computes of the workspace.': '작업 영역의 컴퓨팅 목록을 읽을 수 없습니다.',
    'A compute named "%1" already exists in this workspace.': '이 작업 영역에 이름이 "%1"인 컴퓨팅이 이미 있습니다.',
    'Could not save the compute "%1".': '컴퓨팅 "%1"을(를) 저장할 수 없습니다.',
    'The compute "%1" no longer exists.': '컴퓨팅 "%1"이(가) 더 이상 없습니다.',
    'Could not delete the compute "%1".': '컴퓨팅 "%1"을(를) 삭제할 수 없습니다.',
    'nvidia-smi did not answer within %1 ms.': 'nvidia-smi가 %1ms 안에 응답하지 않았습니다.',
    'nvidia-smi failed (exit code %1).': 'nvidia-smi가 실패했습니다(종료 코드 %1).',
    'Select a compute to see its details.': '세부 정보를 보려면 컴퓨팅을 선택하세요.',
    'Property': '속성',
    'Value': '값',
    'Compute properties': '컴퓨팅 속성',
    '%1 · %2 · provider: %3': '%1 · %2 · 공급자: %3',
    'State: <b>%1</b> &nbsp; Provisioning: <b>%2</b>': '상태: <b>%1</b> &nbsp; 프로비저닝: <b>%2</b>',
    'Last error: %1': '마지막 오류: %1',
    'Name': '이름',
    'Kind': '종류',
    'Type': '유형',
    'Provider': '공급자',
    'State': '상태',
    'Provisioning state': '프로비저닝 상태',
    'Last error': '마지막 오류',
    'None': '없음',
    'Size': '크기',
    'Nodes': '노드',
    'Created by': '만든 사람',
    'Created on': '만든 날짜',
    'Modified on': '수정한 날짜',
    'Settings': '설정',
    '(none)': '(없음)',
    'yes': '예',
    'no': '아니요',
    'Compute': '컴퓨팅',
    'Local machine: probing…': '로컬 컴퓨터: 확인하는 중…',
    'attach form': '연결 양식',
    'create form': '만들기 양식',
    'The %1 for %2 is not built yet: it arrives with the compute forms. Until then this workspace can be filled with the command line or another Compute Studio.':
        '%2의 %1은(는) 아직 없습니다. 컴퓨팅 양식과 함께 제공됩니다. 그때까지는 명령줄이나 다른 Compute Studio로 이 작업 영역을 채울 수 있습니다.',
    'GPU: %1': 'GPU: %1',
    'no GPU': 'GPU 없음',
    'Local machine (%1): %2 · %3 · %4': '로컬 컴퓨터(%1): %2 · %3 · %4',
    'The local machine is always available as the compute "local": runs and notebooks can use it directly.':
        '로컬 컴퓨터는 항상 컴퓨팅 "local"로 사용할 수 있습니다. 실행과 Notebook에서 바로 사용할 수 있습니다.',
    'Could not load the computes: %1': '컴퓨팅 목록을 불러올 수 없습니다: %1',
    'No compute instances yet': '아직 컴퓨팅 인스턴스가 없습니다',
    'No compute clusters yet': '아직 컴퓨팅 클러스터가 없습니다',
    'No inference clusters yet': '아직 유추 클러스터가 없습니다',
    'No attached compute yet': '아직 연결된 컴퓨팅이 없습니다',
    'A compute instance is a managed single-node workstation for notebooks, development and small training runs.':
        '컴퓨팅 인스턴스는 Notebook, 개발 및 작은 학습 실행을 위한 관리형 단일 노드 워크스테이션입니다.',
    'A compute cluster is a managed pool of nodes that scales up when runs are submitted and back down when idle.':
        '컴퓨팅 클러스터는 실행을 제출하면 확장되고 유휴 상태가 되면 다시 축소되는 관리형 노드 풀입니다.',
    'An inference cluster is a Kubernetes cluster that hosts models as production web services.':
        '유추 클러스터는 모델을 프로덕션 웹 서비스로 호스팅하는 Kubernetes 클러스터입니다.',
    'Attached compute is created elsewhere (a remote VM, HDInsight, Databricks, …) and attached to this workspace by name.':
        '연결된 컴퓨팅은 다른 곳(원격 VM, HDInsight, Databricks 등)에서 만든 컴퓨팅을 이름으로 이 작업 영역에 연결한 것입니다.',
    'Loading…': '불러오는 중…',
    'Compute instances': '컴퓨팅 인스턴스',
    'Compute clusters': '컴퓨팅 클러스터',
    'Inference clusters': '유추 클러스터',
    'Create': '만들기',
    'New': '새로 만들기',
    'Create a new %1': '새 %1 만들기',
    'Refresh': '새로 고침',
    'Reload the list (%1)': '목록 다시 불러오기(%1)',
    'Filter by name': '이름으로 필터링',
    '1 item': '항목 1개',
    '%1 items': '항목 %1개',
    'Compute Studio': 'Compute Studio',
    'Navigation': '탐색',
    'Runs': '실행',
    'Notebooks': 'Notebook',
    '&File': '파일(&F)',
    '&Open Workspace…': '작업 영역 열기(&O)…',
    '&Quit': '끝내기(&Q)',
    '&View': '보기(&V)',
    '&Compute': '컴퓨팅(&C)',
    '&Runs': '실행(&R)',
    '&Notebooks': 'Notebook(&N)',
    '&Help': '도움말(&H)',
    '&About Compute Studio': 'Compute Studio 정보(&A)',
    'About Compute Studio': 'Compute Studio 정보',
    '<h3>Compute Studio %1</h3><p>One desktop studio for all of your machine-learning compute: the local machine, SSH hosts, Slurm clusters and Azure Machine Learning.</p>':
        '<h3>Compute Studio %1</h3><p>로컬 컴퓨터, SSH 호스트, Slurm 클러스터, Azure Machine Learning까지 모든 머신 러닝 컴퓨팅을 위한 하나의 데스크톱 스튜디오입니다.</p>',
    'Runs will be listed here: every script submitted to any compute, with its status, logs, metrics and outputs, live. Submitting runs arrives with the run engine.':
        '여기에 실행이 표시됩니다. 어떤 컴퓨팅에 제출한 스크립트든 상태, 로그, 메트릭, 출력을 실시간으로 볼 수 있습니다. 실행 제출은 실행 엔진과 함께 제공됩니다.',
    'Notebooks will open here: .ipynb documents whose cells run on a Jupyter kernel on the compute you pick. The notebook editor arrives in a later release.':
        '여기에서 Notebook이 열립니다. 셀은 선택한 컴퓨팅의 Jupyter 커널에서 실행됩니다. Notebook 편집기는 이후 릴리스에서 제공됩니다.',
    'Workspace: %1': '작업 영역: %1',
    'Open Workspace': '작업 영역 열기',
    'Could not read the workspace database.': '작업 영역 데이터베이스를 읽을 수 없습니다.',
    'The workspace has no local compute.': '작업 영역에 로컬 컴퓨팅이 없습니다.',
    'nvidia-smi not found: no NVIDIA GPU usable': 'nvidia-smi를 찾을 수 없음: 사용할 수 있는 NVIDIA GPU 없음',
    'Could not open the workspace database.': '작업 영역 데이터베이스를 열 수 없습니다.',
    'Could not read the workspace database %1.': '작업 영역 데이터베이스 %1을(를) 읽을 수 없습니다.',
    '%1 is not a Compute Studio workspace database (it is not an SQLite file).':
        '%1은(는) Compute Studio 작업 영역 데이터베이스가 아닙니다(SQLite 파일이 아님).',
    'Could not open the workspace database %1.': '작업 영역 데이터베이스 %1을(를) 열 수 없습니다.',
    'No workspace folder was given.': '작업 영역 폴더를 지정하지 않았습니다.',
    'The workspace %1 is a file, not a folder.': '작업 영역 %1은(는) 폴더가 아니라 파일입니다.',
    'The workspace %1 was written by a newer Compute Studio (schema version %2); this version understands schema versions up to %3. Open it with a newer Compute Studio. The workspace was not changed.':
        '작업 영역 %1은(는) 더 새로운 Compute Studio(스키마 버전 %2)에서 저장되었습니다. 이 버전은 스키마 버전 %3까지만 지원합니다. 더 새로운 Compute Studio로 여세요. 작업 영역은 변경되지 않았습니다.',
    'The folder %1 is not empty and holds no Compute Studio workspace. Choose an empty or new folder for a new workspace.':
        '폴더 %1은(는) 비어 있지 않으며 Compute Studio 작업 영역이 아닙니다. 새 작업 영역에는 비어 있거나 새로운 폴더를 선택하세요.',
    'Could not create the workspace folder %1.': '작업 영역 폴더 %1을(를) 만들 수 없습니다.',
    'Could not switch the workspace database to WAL mode.': '작업 영역 데이터베이스를 WAL 모드로 전환할 수 없습니다.',
    'Could not create the folder %1.': '폴더 %1을(를) 만들 수 없습니다.',
    'Could not back up the workspace before upgrading it.': '업그레이드하기 전에 작업 영역을 백업할 수 없습니다.',
    'Could not lock the workspace database.': '작업 영역 데이터베이스를 잠글 수 없습니다.',
    'The workspace was upgraded by a newer Compute Studio while opening it.':
        '여는 동안 더 새로운 Compute Studio가 작업 영역을 업그레이드했습니다.',
    'Could not upgrade the workspace to schema version %1.': '작업 영역을 스키마 버전 %1(으)로 업그레이드할 수 없습니다.',
    'Could not initialise the workspace.': '작업 영역을 초기화할 수 없습니다.',
    'Could not record the schema version.': '스키마 버전을 기록할 수 없습니다.',
    'Could not save the upgraded workspace.': '업그레이드한 작업 영역을 저장할 수 없습니다.',
    'not probed yet': '아직 확인하지 않음',
    'The option %1 needs a value.': '옵션 %1에는 값이 필요합니다.',
    'Unknown output format "%1": use table or json.': '알 수 없는 출력 형식 "%1": table 또는 json을 사용하세요.',
    'Unknown option %1.': '알 수 없는 옵션 %1.',
    'No command given.': '명령을 지정하지 않았습니다.',
    'Unknown command group "%1".': '알 수 없는 명령 그룹 "%1".',
    'No compute command given.': 'compute 명령을 지정하지 않았습니다.',
    'Unknown compute command "%1".': '알 수 없는 compute 명령 "%1".',
    'cstudio: error: %1': 'cstudio: 오류: %1',
    'compute list takes no arguments.': 'compute list에는 인수가 없습니다.',
    'Unknown option --%1.': '알 수 없는 옵션 --%1.',
    'Unknown kind "%1": use instance, cluster, inference, attached or local.':
        '알 수 없는 종류 "%1": instance, cluster, inference, attached 또는 local을 사용하세요.',
    'NAME': '이름',
    'KIND': '종류',
    'TYPE': '유형',
    'PROVIDER': '공급자',
    'STATE': '상태',
    'SIZE': '크기',
    'CREATED ON': '만든 날짜',
    'compute show needs exactly one compute name.': 'compute show에는 컴퓨팅 이름이 정확히 하나 필요합니다.',
    'There is no compute named "%1" in the workspace %2.': '작업 영역 %2에 이름이 "%1"인 컴퓨팅이 없습니다.',
    'Unknown language "%1" (available: %2).': '알 수 없는 언어 "%1"(사용 가능: %2).',
    'Compute Studio: machine-learning compute on your desktop.': 'Compute Studio: 데스크톱의 머신 러닝 컴퓨팅.',
    "unknown page '%1' (pages: %2)": "알 수 없는 페이지 '%1'(페이지: %2)",
    'could not write the screenshot %1': '스크린샷 %1을(를) 쓸 수 없습니다',
    'Open the workspace in <dir>.': '<dir>의 작업 영역을 엽니다.',
    'Start on <page>: %1.': '<page>에서 시작합니다: %1.',
    'Render the page once its data is loaded, write it to <file> (PNG) and exit.':
        '데이터를 불러온 뒤 페이지를 렌더링하여 <file>(PNG)에 쓰고 종료합니다.',
    "User interface language: en or ko (default: the system's).": '사용자 인터페이스 언어: en 또는 ko(기본값: 시스템 언어).',
    # Lifecycle operations and the local provider (core/ops, core/providers, core/store).
    'Attaching': '연결하는 중',
    'Detaching': '분리하는 중',
    'The workspace is closed.': '작업 영역이 닫혀 있습니다.',
    '%1 was not attached: its settings have errors.\n%2': '%1을(를) 연결하지 않았습니다. 설정에 오류가 있습니다.\n%2',
    '%1 was not created: its settings have errors.\n%2': '%1을(를) 만들지 않았습니다. 설정에 오류가 있습니다.\n%2',
    'A compute named %1 already exists in this workspace (%2). Choose another name, or delete that compute first.':
        '이 작업 영역에 이름이 %1인 컴퓨팅이 이미 있습니다(%2). 다른 이름을 선택하거나 먼저 그 컴퓨팅을 삭제하세요.',
    'Preparing': '준비하는 중',
    'Attaching %1 was canceled.': '%1 연결을 취소했습니다.',
    'The creation of %1 was canceled.': '%1 만들기를 취소했습니다.',
    'Saving secrets in the keychain': '키 집합에 비밀을 저장하는 중',
    'The secrets of %1 could not be saved in the keychain: %2': '%1의 비밀을 키 집합에 저장할 수 없습니다: %2',
    'There is no compute named %1 in this workspace.': '이 작업 영역에 이름이 %1인 컴퓨팅이 없습니다.',
    'The local machine is part of every workspace and cannot be deleted.':
        '로컬 컴퓨터는 모든 작업 영역에 포함되며 삭제할 수 없습니다.',
    '%1 is busy (%2, %3%). Wait for that to finish.': '%1은(는) 작업 중입니다(%2, %3%). 끝날 때까지 기다리세요.',
    '%1 cannot be deleted: there is no provider "%2" in this build to delete it with.':
        '%1을(를) 삭제할 수 없습니다. 이 빌드에는 삭제에 사용할 공급자 "%2"이(가) 없습니다.',
    '%1 is busy with another operation, or was deleted meanwhile.':
        '%1은(는) 다른 작업을 하는 중이거나 그사이에 삭제되었습니다.',
    'Removing secrets from the keychain': '키 집합에서 비밀을 제거하는 중',
    '%1 was not removed: its secrets could not be removed from the keychain (%2). Try again when the keychain is available.':
        '%1을(를) 제거하지 않았습니다. 키 집합에서 비밀을 제거할 수 없습니다(%2). 키 집합을 사용할 수 있을 때 다시 시도하세요.',
    'Only compute instances can be started, stopped or restarted; %1 is a %2.':
        '컴퓨팅 인스턴스만 시작, 중지, 다시 시작할 수 있습니다. %1은(는) %2입니다.',
    '%1 was never created (%2): delete it and create it again.':
        '%1은(는) 만들어지지 않았습니다(%2). 삭제한 다음 다시 만드세요.',
    '%1 is already running.': '%1은(는) 이미 실행 중입니다.',
    '%1 is already stopped.': '%1은(는) 이미 중지되었습니다.',
    '%1 is stopped: start it instead.': '%1은(는) 중지되어 있습니다. 대신 시작하세요.',
    'There is no provider "%1" in this build to manage %2 with.':
        '이 빌드에는 %2을(를) 관리할 공급자 "%1"이(가) 없습니다.',
    'Only compute clusters have nodes to update; %1 is a %2.':
        '업데이트할 노드가 있는 것은 컴퓨팅 클러스터뿐입니다. %1은(는) %2입니다.',
    '%1 cannot be updated while it is %2.': '%1은(는) %2 상태에서는 업데이트할 수 없습니다.',
    'The settings of %1 are not those of a compute cluster.': '%1의 설정은 컴퓨팅 클러스터의 설정이 아닙니다.',
    '%1 was not updated: the new settings have errors.\n%2': '%1을(를) 업데이트하지 않았습니다. 새 설정에 오류가 있습니다.\n%2',
    '%1 was interrupted: the process doing it (pid %2) ended before it finished. Delete the compute, or try again.':
        '%1 작업이 중단되었습니다. 작업하던 프로세스(pid %2)가 끝나기 전에 종료되었습니다. 컴퓨팅을 삭제하거나 다시 시도하세요.',
    'Could not save the computes of the workspace.': '작업 영역의 컴퓨팅 목록을 저장할 수 없습니다.',
    'Could not write %1: %2.': '%1을(를) 쓸 수 없습니다: %2.',
    'The creation of %1 was canceled; what it had made was removed.':
        '%1 만들기를 취소했습니다. 만든 것은 제거했습니다.',
    'Could not create the folder %1: a file of that name is in the way. Move it away or choose another name.':
        '폴더 %1을(를) 만들 수 없습니다. 같은 이름의 파일이 있습니다. 파일을 옮기거나 다른 이름을 선택하세요.',
    'Could not create the folder %1: it already exists and is not empty. Move it away or choose another name.':
        '폴더 %1을(를) 만들 수 없습니다. 이미 있으며 비어 있지 않습니다. 폴더를 옮기거나 다른 이름을 선택하세요.',
    'Could not create the folder %1: %2.': '폴더 %1을(를) 만들 수 없습니다: %2.',
    'The folder of the compute %1 is missing or damaged: %2 cannot be read (%3). Delete the compute and create it again.':
        '컴퓨팅 %1의 폴더가 없거나 손상되었습니다. %2을(를) 읽을 수 없습니다(%3). 컴퓨팅을 삭제한 다음 다시 만드세요.',
    'The folder of the compute %1 is damaged: %2 is not a manifest. Delete the compute and create it again.':
        '컴퓨팅 %1의 폴더가 손상되었습니다. %2은(는) 매니페스트가 아닙니다. 컴퓨팅을 삭제한 다음 다시 만드세요.',
    '"%1" cannot be the name of a local compute.': '"%1"은(는) 로컬 컴퓨팅의 이름이 될 수 없습니다.',
    'Checking the size': '크기를 확인하는 중',
    'This machine offers no size "%1". Sizes it offers: %2.':
        '이 컴퓨터에는 크기 "%1"이(가) 없습니다. 사용할 수 있는 크기: %2.',
    'The size %1 has no GPU, but the VM type is GPU. Choose a GPU size, or the CPU type.':
        '크기 %1에는 GPU가 없지만 가상 머신 유형이 GPU입니다. GPU 크기나 CPU 유형을 선택하세요.',
    'Creating the folder %1': '폴더 %1을(를) 만드는 중',
    'Creating the home folder and the job queue': '홈 폴더와 작업 큐를 만드는 중',
    'Could not create the link %1: %2.': '링크 %1을(를) 만들 수 없습니다: %2.',
    'Preparing the node pool': '노드 풀을 준비하는 중',
    'Removing %1': '%1을(를) 제거하는 중',
    'Removed': '제거됨',
    'Could not remove the folder %1: %2.': '폴더 %1을(를) 제거할 수 없습니다: %2.',
    'The compute instance %1 is already running.': '컴퓨팅 인스턴스 %1은(는) 이미 실행 중입니다.',
    'The compute instance %1 is already stopped.': '컴퓨팅 인스턴스 %1은(는) 이미 중지되었습니다.',
    'The compute instance %1 is stopped: start it instead.': '컴퓨팅 인스턴스 %1은(는) 중지되어 있습니다. 대신 시작하세요.',
    'Only compute clusters can be updated; %1 is a %2.': '컴퓨팅 클러스터만 업데이트할 수 있습니다. %1은(는) %2입니다.',
    'Saving the node settings': '노드 설정을 저장하는 중',
    'Updated': '업데이트됨',
    'No provider in this build can back a compute of type %1 yet.':
        '이 빌드에는 아직 %1 유형의 컴퓨팅을 지원하는 공급자가 없습니다.',
    'Providers that can back a compute of type %1: %2.': '%1 유형의 컴퓨팅을 지원하는 공급자: %2.',
    'There is no provider "%1" in this build (it has: %2). %3': '이 빌드에는 공급자 "%1"이(가) 없습니다(있는 공급자: %2). %3',
    'The provider "%1" cannot back a compute of type %2, and no provider in this build can yet.':
        '공급자 "%1"은(는) %2 유형의 컴퓨팅을 지원하지 않으며, 이 빌드에는 아직 지원하는 공급자가 없습니다.',
    'The provider "%1" cannot back a compute of type %2. Providers that can: %3.':
        '공급자 "%1"은(는) %2 유형의 컴퓨팅을 지원하지 않습니다. 지원하는 공급자: %3.',
}

PREFIX = {
    'Usage: cstudio [--workspace DIR]': '''사용법: cstudio [--workspace DIR] [-o table|json] <group> <command> [options]

명령줄에서 Compute Studio 작업 영역의 컴퓨팅을 관리합니다.

그룹:
  compute    컴퓨팅 대상을 나열하고 확인합니다.

전역 옵션:
  --workspace DIR      DIR의 작업 영역을 사용합니다(기본값: %1).
  -o, --output FORMAT  table(기본값) 또는 json.
  --lang LANG          메시지 언어: en 또는 ko.
  -h, --help           도움말을 표시합니다. 그룹이나 명령 뒤에 쓰면 해당 도움말을 표시합니다.
  --version            버전을 표시합니다.

종료 코드: 0 성공, 1 사용자 또는 유효성 검사 오류, 2 사용법 오류, 3 백엔드 오류.
''',
    'Usage: cstudio compute <command>': '''사용법: cstudio compute <command> [options]

명령:
  list [--kind KIND]   컴퓨팅을 나열합니다. KIND는 instance, cluster, inference,
                       attached 또는 local입니다.
  show NAME            컴퓨팅 NAME의 모든 속성을 표시합니다.

-o json을 사용하면 list는 개체 배열(name, kind, type, provider, state, …)을,
show는 개체 하나를 출력합니다.
''',
}


def translate(source):
    if source in KO:
        return KO[source]
    for prefix, text in PREFIX.items():
        if source.startswith(prefix):
            return text
    return None


def main():
    path = Path(__file__).with_name('computestudio_ko.ts')
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        # Line numbers churn with every edit; the context and source identify a message.
        for location in message.findall('location'):
            message.remove(location)
        source = message.find('source').text or ''
        translation = message.find('translation')
        text = translate(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop('type', None)
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n',
                    encoding='utf-8')
    for source in missing:
        print('untranslated:', source, file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
